import CMBlogCore

extension SiteConfig.Paths {
    /// The archive of a category or tag: `/categories/:slug/` (under a language's `prefix`).
    public func term(_ taxonomy: Term.Taxonomy, slug: String, under prefix: SitePath = .root) -> SitePath {
        prefix.appending(folder: taxonomy == .category ? categories : tags).appending(folder: slug)
    }

    /// The archive of a year: `/archives/2012/`.
    public func year(_ year: Int, under prefix: SitePath = .root) -> SitePath {
        prefix.appending(folder: archives).appending(folder: String(year))
    }

    /// An author's page: `/authors/:id/`.
    public func author(_ id: String, under prefix: SitePath = .root) -> SitePath {
        prefix.appending(folder: authors).appending(folder: id)
    }
}

import CMBlogCore

extension SiteConfig.Paths {
    /// The archive of a category or tag: `/categories/:slug/`.
    public func term(_ taxonomy: Term.Taxonomy, slug: String) -> SitePath {
        SitePath.root.appending(folder: taxonomy == .category ? categories : tags).appending(folder: slug)
    }

    /// The archive of a year: `/archives/2012/`.
    public func year(_ year: Int) -> SitePath {
        SitePath.root.appending(folder: archives).appending(folder: String(year))
    }

    /// An author's page: `/authors/:id/`.
    public func author(_ id: String) -> SitePath {
        SitePath.root.appending(folder: authors).appending(folder: id)
    }
}

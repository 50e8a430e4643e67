import CMBlogCore

/// An old URL of the site and the page that now answers it, from `redirects.yml`: archive and
/// feed addresses of a previous platform, kept working without belonging to one post (a post's
/// own old URLs are its `aliases:`).
public struct Redirect: Sendable, Equatable {
    /// The old path, with its query if it had one (`/category/news/`, `/?cat=3`).
    public let from: SitePath
    /// The path inside the site it leads to.
    public let to: SitePath
    /// The line of `redirects.yml` that says so.
    public let location: SourceLocation

    public init(from: SitePath, to: SitePath, location: SourceLocation) {
        self.from = from
        self.to = to
        self.location = location
    }
}

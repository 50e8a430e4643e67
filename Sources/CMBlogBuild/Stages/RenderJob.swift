import CMBlogCore
import CMBlogFeeds
import CMBlogTemplates
import Foundation

/// One file of the site to produce, and what it comes from.
struct RenderJob: Sendable {
    enum Work: Sendable {
        /// A page rendered through the theme.
        case page(PageKind)
        /// A feed, written in code.
        case feed(SiteFeeds.Scope, FeedFormat)
        /// An Atom feed of comments.
        case commentFeed(CommentFeeds.Scope)
        /// Text made in code (redirect rules).
        case text(String)
        /// Bytes of the theme (its assets).
        case bytes(Data)
        /// A file of `static/`, copied as it is.
        case copy(URL)
        /// The share card drawn for a post or page without an image.
        case shareCard(EntryEdit.Position)

        /// Whether the file is copied rather than rendered (theme assets, static files).
        var isCopied: Bool {
            switch self {
            case .bytes, .copy: true
            case .page, .feed, .commentFeed, .text, .shareCard: false
            }
        }
    }

    /// The URL path of the file.
    var path: SitePath
    var work: Work
    /// What claims this URL, for the error when two things claim the same one.
    var origin: SourceLocation
    /// The date the sitemap gives, for HTML pages listed there.
    var lastModified: Date?
    /// Whether the sitemap lists this page.
    var inSitemap: Bool

    init(path: SitePath, work: Work, origin: SourceLocation, lastModified: Date? = nil, inSitemap: Bool = false) {
        self.path = path
        self.work = work
        self.origin = origin
        self.lastModified = lastModified
        self.inSitemap = inSitemap
    }
}

import CMBlogComments
import CMBlogContent
import CMBlogFeeds
import CMBlogTemplates

/// A site read and resolved, ready to render: its content, its theme and its comment archive.
public struct LoadedSite: Sendable {
    public let site: Site
    public let theme: CompiledTheme
    public let comments: CommentArchive
}

/// What turns a loaded site into files: its pages, its feeds and its comment feeds.
struct SiteRenderers: Sendable {
    let pages: PageRenderer
    let feeds: SiteFeeds
    let commentFeeds: CommentFeeds

    init(_ loaded: LoadedSite) {
        let pages = PageRenderer(site: loaded.site, theme: loaded.theme, comments: loaded.comments)
        self.pages = pages
        self.feeds = SiteFeeds(site: loaded.site)
        self.commentFeeds = CommentFeeds(site: loaded.site, archive: loaded.comments, localization: { pages.localization(for: $0) })
    }
}

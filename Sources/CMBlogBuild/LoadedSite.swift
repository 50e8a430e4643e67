import CMBlogComments
import CMBlogContent
import CMBlogCore
import CMBlogFeeds
import CMBlogImages
import CMBlogTemplates
import Foundation

/// A site read and resolved, ready to render: its content, its theme, its comment archive and
/// the sizes of the images its cards show.
public struct LoadedSite: Sendable {
    public let site: Site
    public let theme: CompiledTheme
    public let comments: CommentArchive
    public let images: ImageCatalog
    /// The images of `static/` with their copies and the logo's icons, made or found in the cache.
    let pictures: SiteImages
    /// The date of the first post left out for being in the future: once it passes, a
    /// rebuild publishes it.
    public let nextScheduled: Date?
}

/// What turns a loaded site into files: its pages, its feeds and its comment feeds.
struct SiteRenderers: Sendable {
    let pages: PageRenderer
    let feeds: SiteFeedMaker
    let commentFeeds: CommentFeeds
    /// Completes the `<img>` tags of each HTML page.
    let markup: ResponsiveMarkup
    let cards: ShareCardMaker

    init(_ loaded: LoadedSite, fileSystem: any FileSystem) {
        let pages = PageRenderer(site: loaded.site, theme: loaded.theme, comments: loaded.comments, images: loaded.images)
        self.pages = pages
        self.feeds = SiteFeedMaker(site: loaded.site, localization: { pages.localization(for: $0) })
        self.commentFeeds = CommentFeeds(site: loaded.site, archive: loaded.comments, localization: { pages.localization(for: $0) })
        self.markup = ResponsiveMarkup(catalog: loaded.pictures.catalog, config: loaded.site.config)
        self.cards = ShareCardMaker(pages: pages, cache: loaded.pictures.cache, fileSystem: fileSystem)
    }
}

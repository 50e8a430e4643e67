import CMBlogContent
import CMBlogCore
import CMBlogTemplates
import Foundation

extension LoadedSite {
    /// The share card drawn for an entry without `image:`, found in the image cache or drawn
    /// now; nil when it has its own image or `share_cards: false`.
    /// - Throws: `DiagnosticError` naming the entry when the card cannot be drawn.
    public func generatedCard(for resolved: ResolvedEntry, fileSystem: any FileSystem) throws(DiagnosticError) -> URL? {
        guard site.config.shareCards.enabled, resolved.entry.image == nil else { return nil }
        let pages = PageRenderer(site: site, theme: theme, comments: comments, images: images)
        return try ShareCardMaker(pages: pages, cache: pictures.cache, fileSystem: fileSystem).card(for: resolved)
    }
}

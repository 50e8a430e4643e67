import CMBlogContent
import CMBlogCore
import Foundation

/// The share card of each kind of page: what a network shows when the page's link is posted.
extension ViewContext {
    /// The card of any page: the site's name and default image.
    func siteCard(title: String, description: String, path: SitePath) -> ShareCard {
        ShareCard(
            title: title, description: description, url: absolute(path.canonical), siteName: config.title,
            locale: ShareCard.locale(of: localization.language), image: shareImage(config.image, alt: nil),
            xSite: ShareCard.xAccount(config.social))
    }

    /// A post's (or page's) card: an article with its dates, authors, section and tags, and its
    /// own image, else the site's.
    func entryCard(_ resolved: ResolvedEntry) -> ShareCard {
        let entry = resolved.entry
        let authors = entry.authorIDs.compactMap { sources.author($0) }
        var card = siteCard(title: entry.title, description: description(of: entry), path: resolved.url)
        card.locale = ShareCard.locale(of: sources.language(of: resolved))
        if let image = shareImage(entry.image, alt: entry.imageAlt) {
            card.image = image
        } else if entry.image == nil, config.shareCards.enabled {
            card.image = ShareCard.Image(url: absolute(GeneratedCard.path(forPage: resolved.url)), size: GeneratedCard.size,
                                         mediaType: "image/png", alt: entry.title)
        }
        guard entry.kind == .post else { return card }
        card.kind = .article
        card.published = entry.date.map(dateISO)
        card.modified = (entry.updated ?? entry.date).map(dateISO)
        card.authorURLs = authors.map { absolute(sources.authorPath($0.id)) }
        card.section = resolved.categoryTerms.first?.name
        card.tags = entry.tags
        card.xCreator = authors.lazy.compactMap { ShareCard.xAccount($0.links) }.first
        return card
    }

    /// An author's card: a profile, with their photo when they have one.
    func authorCard(_ author: Author, title: String, description: String) -> ShareCard {
        var card = siteCard(title: title, description: description, path: sources.authorPath(author.id))
        card.kind = .profile
        if let avatar = shareImage(author.avatar, alt: author.name) { card.image = avatar }
        card.xCreator = ShareCard.xAccount(author.links)
        return card
    }

    /// An image named in content or settings, as cards state it; nil for SVG, which networks
    /// and search engines do not show as a preview or a logo.
    func shareImage(_ link: String?, alt: String?) -> ShareCard.Image? {
        guard let link, !link.hasPrefix("data:") else { return nil }
        let mediaType = ImageSize.mediaType(ofFile: link)
        guard mediaType != "image/svg+xml" else { return nil }
        return ShareCard.Image(url: absoluteFileURL(link), size: sources.images.size(of: link), mediaType: mediaType, alt: alt)
    }
}

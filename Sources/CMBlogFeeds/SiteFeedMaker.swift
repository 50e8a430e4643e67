import CMBlogContent
import CMBlogCore
import CMBlogMarkdown
import Foundation

/// Makes the feed of each scope of `SiteFeeds`: its title and its items, each carrying the
/// whole post or its excerpt, as the scope's settings say.
public struct SiteFeedMaker: Sendable {
    public let feeds: SiteFeeds
    let localization: @Sendable (String) -> Localization
    /// The items made so far: each post's item is made once for each kind of content, and
    /// shared by every feed and format that carries it.
    private let made = FeedItemMemo()

    /// - Parameter localization: The interface strings of a language, for the link to the rest
    ///   of a post under its excerpt.
    public init(site: Site, localization: @escaping @Sendable (String) -> Localization) {
        self.feeds = SiteFeeds(site: site)
        self.localization = localization
    }

    private var site: Site { feeds.site }
    private var config: SiteConfig { site.config }

    /// The feed of a scope.
    public func feed(for scope: SiteFeeds.Scope) -> Feed {
        let language = feeds.language(of: scope)
        let config = config.edition(language)
        let (title, subtitle): (String, String) = switch scope {
        case .site, .edition: (config.title, config.description)
        case .author(let author, _): ("\(author.name) — \(config.title)", author.role ?? "")
        case .term(let term): ("\(term.name) — \(config.title)", "")
        }
        let content = feeds.settings(of: scope).content
        let items = feeds.postIndexes(of: scope).map { index in
            made.item(at: index, content: content) { item(site.posts[index], content: content) }
        }
        return Feed(
            title: title,
            subtitle: subtitle,
            homeURL: config.absoluteURL(of: feeds.page(of: scope)),
            selfURLs: Dictionary(uniqueKeysWithValues: feeds.formats(of: scope).map { ($0, config.absoluteURL(of: feeds.path(of: scope, format: $0))) }),
            language: language,
            iconURL: config.image.map(config.absoluteURL(ofFile:)),
            updated: items.compactMap { $0.updated ?? $0.published }.max(),
            hubURL: config.websubHub,
            timeZone: config.timeZone,
            items: items
        )
    }

    private func item(_ resolved: ResolvedEntry, content: FeedContent) -> FeedItem {
        let entry = resolved.entry
        let url = config.absoluteURL(of: resolved.url)
        let language = site.language(of: resolved)
        let html = switch content {
        case .full: AbsoluteLinks.removingHeadingAnchors(entry.body.html)
        case .summary: entry.excerptHTML + "\n<p><a href=\"\(XMLText.escape(url))\">\(XMLText.escape(localization(language).text("read_more")))</a></p>"
        }
        return FeedItem(
            id: entry.guid ?? url,
            url: url,
            title: entry.title,
            contentHTML: AbsoluteLinks.resolve(html, against: url),
            content: content,
            summary: entry.summary ?? entry.body.excerptText,
            published: entry.date,
            updated: entry.updated,
            authors: entry.authorIDs.compactMap { site.authors[$0] }.map { person($0, language: site.edition(of: resolved)) },
            categories: Self.categories(of: entry),
            imageURL: entry.image.map(config.absoluteURL(ofFile:)),
            language: language
        )
    }

    /// The categories, then the tags, of a post: `Term.perPostLimit` at most, since the post
    /// is in the feed of each of them.
    private static func categories(of entry: Entry) -> [String] {
        let limit = Term.perPostLimit
        return Array(entry.categories.prefix(limit)) + entry.tags.prefix(max(0, limit - entry.categories.count))
    }

    private func person(_ author: Author, language: String) -> FeedPerson {
        FeedPerson(
            name: author.name,
            url: config.absoluteURL(of: site.authorPath(author.id, in: language)),
            avatarURL: config.absoluteURL(ofFile: author.avatar ?? site.generatedAvatarPath(author.id).value)
        )
    }
}

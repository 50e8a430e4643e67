import CMBlogContent
import CMBlogCore
import CMBlogMarkdown
import Foundation

/// The feeds of a site: one for the whole site, and one for each author, category and tag,
/// each in the three formats.
public struct SiteFeeds: Sendable {
    /// What a feed follows.
    public enum Scope: Sendable {
        case site
        case author(Author)
        case term(Term)
    }

    let site: Site
    /// The items made so far, by post index: each post's item is made once and shared by every
    /// feed and format that carries it.
    private let made = FeedItemMemo()

    public init(site: Site) {
        self.site = site
    }

    private var config: SiteConfig { site.config }

    /// Every scope that gets feeds.
    public var scopes: [Scope] {
        [.site] + site.sortedAuthors.map { .author($0) } + (site.categories + site.tags).map { .term($0) }
    }

    /// The page a scope's feeds sit beside.
    public func folder(of scope: Scope) -> SitePath {
        switch scope {
        case .site: .root
        case .author(let author): site.authorPath(author.id)
        case .term(let term): term.url
        }
    }

    /// Where a scope's feed in `format` is published.
    public func path(of scope: Scope, format: FeedFormat) -> SitePath {
        folder(of: scope).appending(file: format.fileName)
    }

    /// The indexes in `Site.posts` of the posts a scope's feed carries, newest first.
    public func postIndexes(of scope: Scope) -> [Int] {
        let limit = config.feedItems == 0 ? Int.max : config.feedItems
        return switch scope {
        case .site: Array(site.posts.indices.prefix(limit))
        case .author(let author): Array(site.postIndexes(by: author.id).prefix(limit))
        case .term(let term): Array(term.postIndexes.prefix(limit))
        }
    }

    /// The feed of a scope.
    public func feed(for scope: Scope) -> Feed {
        let (title, subtitle): (String, String) = switch scope {
        case .site: (config.title, config.description)
        case .author(let author): ("\(author.name) — \(config.title)", author.role ?? "")
        case .term(let term): ("\(term.name) — \(config.title)", "")
        }
        let items = postIndexes(of: scope).map { index in made.item(at: index) { item(site.posts[index]) } }
        return Feed(
            title: title,
            subtitle: subtitle,
            homeURL: config.absoluteURL(of: folder(of: scope)),
            selfURLs: Dictionary(uniqueKeysWithValues: FeedFormat.allCases.map { ($0, config.absoluteURL(of: path(of: scope, format: $0))) }),
            language: config.language,
            iconURL: config.image.map(config.absoluteURL(ofFile:)),
            updated: items.compactMap { $0.updated ?? $0.published }.max(),
            hubURL: config.websubHub,
            timeZone: config.timeZone,
            items: items
        )
    }

    private func item(_ resolved: ResolvedEntry) -> FeedItem {
        let entry = resolved.entry
        let url = config.absoluteURL(of: resolved.url)
        return FeedItem(
            id: entry.guid ?? url,
            url: url,
            title: entry.title,
            contentHTML: AbsoluteLinks.resolve(AbsoluteLinks.removingHeadingAnchors(entry.body.html), against: url),
            summary: entry.summary ?? entry.body.excerptText,
            published: entry.date,
            updated: entry.updated,
            authors: entry.authorIDs.compactMap { site.authors[$0] }.map(person),
            categories: Self.categories(of: entry),
            imageURL: entry.image.map(config.absoluteURL(ofFile:)),
            language: site.language(of: resolved)
        )
    }

    /// The categories, then the tags, of a post: `Term.perPostLimit` at most, since the post
    /// is in the feed of each of them.
    private static func categories(of entry: Entry) -> [String] {
        let limit = Term.perPostLimit
        return Array(entry.categories.prefix(limit)) + entry.tags.prefix(max(0, limit - entry.categories.count))
    }

    private func person(_ author: Author) -> FeedPerson {
        FeedPerson(
            name: author.name,
            url: config.absoluteURL(of: site.authorPath(author.id)),
            avatarURL: config.absoluteURL(ofFile: author.avatar ?? site.generatedAvatarPath(author.id).value)
        )
    }
}

import CMBlogContent
import CMBlogCore

/// The feeds of a site: one for the whole site, and one for each author, category and tag, in
/// the formats `feeds:` gives each scope. Pages link only the feeds listed here.
public struct SiteFeeds: Sendable {
    /// What a feed follows.
    public enum Scope: Sendable {
        case site
        case author(Author)
        case term(Term)
    }

    let site: Site

    public init(site: Site) {
        self.site = site
    }

    private var config: SiteConfig { site.config }

    /// Every scope that gets at least one feed.
    public var scopes: [Scope] {
        ([.site] + site.sortedAuthors.map { .author($0) } + (site.categories + site.tags).map { .term($0) })
            .filter { !formats(of: $0).isEmpty }
    }

    /// The settings of a scope: its formats and what its items carry.
    public func settings(of scope: Scope) -> FeedSettings.ScopeSettings {
        switch scope {
        case .site: config.feeds.site
        case .author: config.feeds.authors
        case .term(let term): term.taxonomy == .category ? config.feeds.categories : config.feeds.tags
        }
    }

    /// The formats a scope's feeds are written in, in the order pages offer them; empty when
    /// it has none.
    public func formats(of scope: Scope) -> [FeedFormat] { settings(of: scope).formats }

    /// The feed a page names in its text (an author's "Follow the posts of …"): the scope's
    /// first format; nil when it has none.
    public func mainFeed(of scope: Scope) -> (format: FeedFormat, path: SitePath)? {
        formats(of: scope).first.map { ($0, path(of: scope, format: $0)) }
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

    /// The indexes in `Site.posts` of the posts a scope's feed carries, newest first; never a
    /// draft or a post not due yet, even in a preview.
    public func postIndexes(of scope: Scope) -> [Int] {
        let limit = config.feeds.items == 0 ? Int.max : config.feeds.items
        let indexes: [Int] = switch scope {
        case .site: Array(site.posts.indices)
        case .author(let author): site.postIndexes(by: author.id)
        case .term(let term): term.postIndexes
        }
        return Array(indexes.lazy.filter { !site.posts[$0].isPreviewOnly }.prefix(limit))
    }
}

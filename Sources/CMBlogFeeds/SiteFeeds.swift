import CMBlogContent
import CMBlogCore

/// The feeds of a site: one for the whole site, and one for each author, category and tag, in
/// the formats `feeds:` gives each scope; on a site with `languages:`, also one for the whole
/// site in each language, and those of authors in each. Pages link only the feeds listed here.
public struct SiteFeeds: Sendable {
    /// What a feed follows.
    public enum Scope: Sendable {
        /// Every post, in every language: the feed at the site's root.
        case site
        /// Every post in one language of a site with `languages:`.
        case edition(String)
        /// An author's posts in one language (the site's, on a one-language site).
        case author(Author, language: String)
        /// A term's posts (terms belong to one language).
        case term(Term)
    }

    let site: Site

    public init(site: Site) {
        self.site = site
    }

    private var config: SiteConfig { site.config }

    /// Every scope that gets at least one feed.
    public var scopes: [Scope] {
        let languages = config.siteLanguages
        let editions: [Scope] = config.isMultilingual ? languages.map { .edition($0) } : []
        let authors = languages.flatMap { language in site.sortedAuthors.map { Scope.author($0, language: language) } }
        return ([.site] + editions + authors + (site.categories + site.tags).map { .term($0) })
            .filter { !formats(of: $0).isEmpty }
    }

    /// The feed of every post a page in `language` links: that language's on a site with
    /// `languages:`, else the site's.
    public func siteScope(for language: String) -> Scope {
        config.isMultilingual && config.siteLanguages.contains(language) ? .edition(language) : .site
    }

    /// The language of what a scope carries: the default for the whole site's feed.
    public func language(of scope: Scope) -> String {
        switch scope {
        case .site: config.language
        case .edition(let language), .author(_, let language): language
        case .term(let term): term.language
        }
    }

    /// The settings of a scope: its formats and what its items carry.
    public func settings(of scope: Scope) -> FeedSettings.ScopeSettings {
        switch scope {
        case .site, .edition: config.feeds.site
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

    /// The page a scope's feeds sit beside; a language at the site's root has its feeds in a
    /// folder named by its code (`/fr/feed.xml`), since the root's are every language's.
    public func folder(of scope: Scope) -> SitePath {
        switch scope {
        case .site: .root
        case .edition(let language):
            config.prefix(of: language) == .root ? SitePath.root.appending(folder: language.lowercased()) : config.prefix(of: language)
        case .author(let author, let language): site.authorPath(author.id, in: language)
        case .term(let term): term.url
        }
    }

    /// The page a scope's feeds stand for (their home link): the folder they sit in, except for
    /// a language at the site's root, whose home page is the root, not the folder of its feeds.
    public func page(of scope: Scope) -> SitePath {
        if case .edition(let language) = scope { return config.prefix(of: language) }
        return folder(of: scope)
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
        case .edition(let language): site.postIndexes(in: language)
        case .author(let author, let language): site.postIndexes(by: author.id, in: language)
        case .term(let term): term.postIndexes
        }
        return Array(indexes.lazy.filter { !site.posts[$0].isPreviewOnly }.prefix(limit))
    }
}

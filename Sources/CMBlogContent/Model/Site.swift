import Foundation
import CMBlogCore

/// The whole site, checked and linked: what the render stage turns into files.
///
/// Immutable and `Sendable`; parts refer to each other by index or id, never by pointer.
public struct Site: Sendable {
    public let config: SiteConfig
    /// Authors by id.
    public let authors: [String: Author]
    /// Published posts, newest first (ties broken by path, so the order never varies).
    public let posts: [ResolvedEntry]
    /// Standalone pages, by path.
    public let pages: [ResolvedEntry]
    public let categories: [Term]
    public let tags: [Term]
    /// Years with posts, newest first.
    public let years: [YearArchive]
    public let localizationOverrides: [String: LocalizationTable]
    public let staticFiles: [String]
    /// Old URLs and where they lead (`redirects.yml`).
    public let redirects: [Redirect]
    /// Indexes of each author's posts, newest first.
    private let postIndexesByAuthor: [String: [Int]]
    /// The same in each language of a site with `languages:`, by author then language.
    private let postIndexesByAuthorLanguage: [String: [String: [Int]]]

    public init(
        config: SiteConfig, authors: [String: Author], posts: [ResolvedEntry], pages: [ResolvedEntry], categories: [Term],
        tags: [Term], years: [YearArchive], localizationOverrides: [String: LocalizationTable], staticFiles: [String],
        redirects: [Redirect]
    ) {
        self.config = config
        self.authors = authors
        self.posts = posts
        self.pages = pages
        self.categories = categories
        self.tags = tags
        self.years = years
        self.localizationOverrides = localizationOverrides
        self.staticFiles = staticFiles
        self.redirects = redirects
        var byAuthor: [String: [Int]] = [:]
        var byAuthorLanguage: [String: [String: [Int]]] = [:]
        for (index, post) in posts.enumerated() {
            for id in post.entry.authorIDs where byAuthor[id]?.last != index {
                byAuthor[id, default: []].append(index)
                if config.isMultilingual { byAuthorLanguage[id, default: [:]][post.entry.language ?? config.language, default: []].append(index) }
            }
        }
        self.postIndexesByAuthor = byAuthor
        self.postIndexesByAuthorLanguage = byAuthorLanguage
    }

    /// The language of `post`: its own `lang:`, else the site's.
    public func language(of post: ResolvedEntry) -> String { post.entry.language ?? config.language }

    /// The language whose lists and feeds carry `post`: its own on a site with `languages:`;
    /// on a one-language site, the site's, whatever the post's `lang:`.
    public func edition(of post: ResolvedEntry) -> String { config.isMultilingual ? language(of: post) : config.language }

    /// The posts around the post at `index` in its language's list (around it in `posts` on a
    /// one-language site): the next newer and the next older.
    public func neighbours(of index: Int) -> (newer: Int?, older: Int?) {
        let language = edition(of: posts[index])
        let newer = posts.indices[..<index].last { edition(of: posts[$0]) == language }
        let older = posts.indices[(index + 1)...].first { edition(of: posts[$0]) == language }
        return (newer, older)
    }

    /// The indexes of the posts in `language`, newest first (all of them on a one-language site).
    public func postIndexes(in language: String) -> [Int] {
        config.isMultilingual ? posts.indices.filter { edition(of: posts[$0]) == language } : Array(posts.indices)
    }

    /// Authors sorted for the authors index: current ones first, then former, each by name.
    public var sortedAuthors: [Author] {
        authors.values.sorted { ($0.status == .former ? 1 : 0, $0.name, $0.id) < ($1.status == .former ? 1 : 0, $1.name, $1.id) }
    }

    /// The posts at `indexes`.
    public func posts(at indexes: [Int]) -> [ResolvedEntry] { indexes.map { posts[$0] } }

    /// The page of an author: `/authors/<id>/`; their public key and generated picture sit there.
    public func authorPath(_ id: String) -> SitePath {
        config.paths.author(id)
    }

    /// The page of an author in `language`: `/en/authors/<id>/` for a language under `/en/`.
    public func authorPath(_ id: String, in language: String) -> SitePath {
        config.paths.author(id, under: config.prefix(of: language))
    }

    /// Where an author's public key is published, for `minisign -p`.
    public func authorKeyPath(_ id: String) -> SitePath { authorPath(id).appending(file: "minisign.pub") }

    /// The generated picture of an author who has no `avatar:` (their initials).
    public func generatedAvatarPath(_ id: String) -> SitePath { authorPath(id).appending(file: "avatar.svg") }

    /// Authors who name `authorID` as their successor, by name.
    public func predecessors(of authorID: String) -> [Author] {
        authors.values.filter { $0.successor == authorID }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    /// Indexes of the posts by `authorID` (alone or with co-authors), newest first.
    public func postIndexes(by authorID: String) -> [Int] { postIndexesByAuthor[authorID] ?? [] }

    /// Indexes of the posts by `authorID` in `language`, newest first (all of them on a
    /// one-language site).
    public func postIndexes(by authorID: String, in language: String) -> [Int] {
        config.isMultilingual ? postIndexesByAuthorLanguage[authorID]?[language] ?? [] : postIndexes(by: authorID)
    }
}

/// An entry with its resolved URL and links to its terms.
public struct ResolvedEntry: Sendable {
    public let entry: Entry
    /// The canonical URL path.
    public let url: SitePath
    /// The URL paths of its categories and tags, in the order written.
    public let categoryTerms: [TermLink]
    public let tagTerms: [TermLink]
    /// The author whose key made the entry's verified signature; nil when it is unsigned.
    public let signerID: String?
    /// Every language version of the entry, itself included, in the order of the site's
    /// languages; empty when it has no translation.
    public let translations: [Translation]

    /// A draft, or a post dated after the build, shown only because a preview asked for it
    /// (`--drafts`, `--future`): its page says so and asks search engines not to index it,
    /// and it is left out of feeds, the sitemap and syndication.
    public let isPreviewOnly: Bool

    public init(entry: Entry, url: SitePath, categoryTerms: [TermLink], tagTerms: [TermLink], signerID: String? = nil,
                translations: [Translation] = [], isPreviewOnly: Bool = false) {
        self.entry = entry
        self.url = url
        self.categoryTerms = categoryTerms
        self.tagTerms = tagTerms
        self.signerID = signerID
        self.translations = translations
        self.isPreviewOnly = isPreviewOnly
    }

    /// Where the signed source file is published beside the page: `<post URL>index.md`
    /// (the signature is the same path with `.minisig` appended).
    public var signedSourcePath: SitePath {
        let file = url.outputFile
        let stem = file.hasSuffix("index.html") ? String(file.dropLast("html".count)) : (file as NSString).deletingPathExtension + "."
        // The stem comes from a valid URL path, so it stays one with `.md` added.
        return try! SitePath(file: stem + "md")
    }

    /// Where the signature of the signed source is published: `<post URL>index.md.minisig`.
    public var publishedSignaturePath: SitePath {
        try! SitePath(file: SignedSource.signaturePath(of: signedSourcePath.value))
    }
}

/// A term as a post shows it: name and URL.
public struct TermLink: Sendable, Hashable, Codable {
    public let name: String
    public let url: SitePath

    public init(name: String, url: SitePath) {
        self.name = name
        self.url = url
    }
}

/// One language version of a post or page: its language and URL.
public struct Translation: Sendable, Hashable, Codable {
    public let language: String
    public let url: SitePath

    public init(language: String, url: SitePath) {
        self.language = language
        self.url = url
    }
}

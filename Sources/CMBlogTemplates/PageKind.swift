import CMBlogContent
import CMBlogCore
import Foundation

/// Every kind of file the theme renders, with what it needs to know. Lists, indexes and the
/// 404 page are made for each language of the site (terms and years know their own).
public enum PageKind: Sendable, Hashable, Codable {
    case home(ListPage, language: String)
    /// The post at this index of `Site.posts`.
    case post(Int)
    /// The page at this index of `Site.pages`.
    case page(Int)
    case term(Term, ListPage)
    /// The list of all categories or all tags.
    case termIndex(Term.Taxonomy, language: String)
    case year(YearArchive, ListPage)
    case yearIndex(language: String)
    case author(Author, ListPage, language: String)
    case authorIndex(language: String)
    case notFound(language: String)
    /// The page where a reader types their Mastodon instance to share a post there, in each language.
    case mastodonShare(language: String)
    /// A redirect page from an old URL to `target`, in the language of what it points to.
    case alias(target: SitePath, language: String)
    case sitemap([SitemapURL])
    case robots

    /// The templates that can render this kind, most specific first.
    var templateNames: [String] {
        switch self {
        case .home: ["home", "list"]
        case .post: ["post"]
        case .page: ["page"]
        case .term(let term, _): [term.taxonomy.rawValue, "term", "list"]
        case .termIndex: ["terms", "index"]
        case .year: ["year", "list"]
        case .yearIndex: ["years", "index"]
        case .author: ["author", "list"]
        case .authorIndex: ["authors", "index"]
        case .notFound: ["404"]
        case .mastodonShare: ["share"]
        case .alias: ["alias"]
        case .sitemap: ["sitemap.xml"]
        case .robots: ["robots.txt"]
        }
    }

    /// Where `mastodonShare` is written: `/share/`, under the prefix of its language.
    public static func mastodonSharePath(under prefix: SitePath = .root) -> SitePath { prefix.appending(folder: "share") }

    /// The name used for the `kind-…` body class.
    var name: String { templateNames[0] }
}

/// One URL of the sitemap.
public struct SitemapURL: Sendable, Hashable, Codable {
    public var path: SitePath
    public var lastModified: Date?
    /// The page's versions in each language, itself included (`xhtml:link` alternates).
    public var alternates: [Translation]

    public init(path: SitePath, lastModified: Date?, alternates: [Translation] = []) {
        self.path = path
        self.lastModified = lastModified
        self.alternates = alternates
    }
}

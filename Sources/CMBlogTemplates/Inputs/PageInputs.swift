import CMBlogContent

/// Everything of the site a page shows beyond its kind's own values, declared before it is
/// rendered.
///
/// A page's view model reads the site only through the `PageSources` made from this value,
/// and the incremental build keys the page by the same value: what a page shows and what
/// makes it render again cannot drift apart.
public struct PageInputs: Sendable, Equatable {
    /// The posts it shows, whole, as list items or as links, by index in `Site.posts`; each
    /// with its authors, terms and comment thread.
    public var posts: [Int] = []
    /// The pages it shows, by index in `Site.pages`.
    public var pages: [Int] = []
    /// Whether it shows any author, with their posts count (author pages and the authors
    /// index), rather than only the authors of its entries and their commenters.
    public var allAuthors = false
    /// The taxonomy whose every term it lists, with their counts.
    public var termIndex: Term.Taxonomy?
    /// Whether it lists every year of the archive, with their counts.
    public var years = false

    public init(posts: [Int] = [], pages: [Int] = [], allAuthors: Bool = false, termIndex: Term.Taxonomy? = nil, years: Bool = false) {
        self.posts = posts
        self.pages = pages
        self.allAuthors = allAuthors
        self.termIndex = termIndex
        self.years = years
    }
}

extension PageKind {
    /// What a page of this kind shows of `site`.
    public func inputs(in site: Site) -> PageInputs {
        switch self {
        case .home(let list, _), .term(_, let list), .year(_, let list): PageInputs(posts: list.items)
        case .author(_, let list, _): PageInputs(posts: list.items, allAuthors: true)
        case .post(let index): PageInputs(posts: Self.postAndNeighbours(index, in: site))
        case .page(let index): PageInputs(pages: [index])
        case .termIndex(let taxonomy, _): PageInputs(termIndex: taxonomy)
        case .yearIndex: PageInputs(years: true)
        case .authorIndex: PageInputs(allAuthors: true)
        case .notFound(let language): PageInputs(posts: Array(site.postIndexes(in: language).prefix(5)))
        case .mastodonShare, .alias, .sitemap, .robots: PageInputs()
        }
    }

    /// A post with the newer and older posts its page links, in date order.
    private static func postAndNeighbours(_ index: Int, in site: Site) -> [Int] {
        let (newer, older) = site.neighbours(of: index)
        return [newer, index, older].compactMap { $0 }
    }
}

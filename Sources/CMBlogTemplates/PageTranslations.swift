import CMBlogContent
import CMBlogCore

extension PageKind {
    /// Every language version of a page of this kind, itself included, in the order of the
    /// site's languages: a post's or page's translations, and on a site with `languages:` the
    /// first page of each home, index and author page, and of a term's page in each language
    /// that has the term. Empty when the page has none.
    public func translations(in site: Site) -> [Translation] {
        let config = site.config
        guard config.isMultilingual else { return [] }
        func each(_ path: (String) -> SitePath) -> [Translation] {
            config.siteLanguages.map { Translation(language: $0, url: path($0)) }
        }
        let paths = config.paths
        return switch self {
        case .post(let index): site.posts[index].translations
        case .page(let index): site.pages[index].translations
        case .home(let list, _) where list.number == 1: each { config.prefix(of: $0) }
        case .termIndex(let taxonomy, _):
            each { config.prefix(of: $0).appending(folder: taxonomy == .category ? paths.categories : paths.tags) }
        case .yearIndex: each { config.prefix(of: $0).appending(folder: paths.archives) }
        case .authorIndex: each { config.prefix(of: $0).appending(folder: paths.authors) }
        case .author(let author, let list, _) where list.number == 1: each { site.authorPath(author.id, in: $0) }
        case .term(let term, let list) where list.number == 1: Self.versions(of: term, in: site)
        default: []
        }
    }

    /// The pages of `term` in each language that has it (one key), when there are several.
    private static func versions(of term: Term, in site: Site) -> [Translation] {
        let order = site.config.siteLanguages
        let versions = (term.taxonomy == .category ? site.categories : site.tags).filter { $0.key == term.key }
            .sorted { (order.firstIndex(of: $0.language) ?? .max) < (order.firstIndex(of: $1.language) ?? .max) }
        return versions.count > 1 ? versions.map { Translation(language: $0.language, url: $0.url) } : []
    }
}

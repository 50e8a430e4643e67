import CMBlogComments
import CMBlogContent
import CMBlogCore
import CMBlogFeeds
import CMBlogMarkdown
import Foundation
import Mustache

/// Renders any page of a site through the theme's templates.
///
/// A value shared by all render tasks: it holds only immutable data, and builds each
/// template context inside the call that uses it.
public struct PageRenderer: Sendable {
    public let site: Site
    public let theme: CompiledTheme
    public let comments: CommentArchive
    public let images: ImageCatalog
    let localizations: Localizations

    public init(site: Site, theme: CompiledTheme, comments: CommentArchive = .empty, images: ImageCatalog = ImageCatalog()) {
        self.site = site
        self.theme = theme
        self.comments = comments
        self.images = images
        let languages = Set([site.config.language] + (site.posts + site.pages).compactMap(\.entry.language))
        self.localizations = Localizations(theme: theme.theme, site: site.localizationOverrides, languages: languages)
    }

    /// The interface strings of `language`, with the site's overrides.
    public func localization(for language: String) -> Localization { localizations(language) }

    /// The text of the page.
    public func render(_ kind: PageKind, at path: SitePath) -> String {
        let context = ViewContext(site: site, localization: localizations(language(of: kind)), comments: comments, images: images)
        var values = pageValues(kind, at: path, context: context)
        values["site"] = context.siteView()
        values["t"] = context.localization.templateStrings
        guard let name = kind.templateNames.first(where: theme.hasTemplate) else { return "" }
        return theme.library.render(values, withTemplate: name) ?? ""
    }

    private func language(of kind: PageKind) -> String {
        switch kind {
        case .post(let index): site.language(of: site.posts[index])
        case .page(let index): site.language(of: site.pages[index])
        case .alias(_, let language): language
        default: site.config.language
        }
    }

    private func pageValues(_ kind: PageKind, at path: SitePath, context: ViewContext) -> [String: Any] {
        let strings = context.localization
        func page(_ title: String?, _ description: String? = nil, head: [String: Any] = [:]) -> [String: Any] {
            context.pageView(kind: kind.name, title: title, description: description, path: path).merging(head) { _, new in new }
        }
        switch kind {
        case .home(let list):
            let title = list.number == 1 ? nil : context.paginatedTitle(site.config.title, list)
            return ["page": page(title), "list": context.listView(title: site.config.title, intro: site.config.description, page: list)]
        case .post(let index):
            let resolved = site.posts[index]
            return ["page": page(resolved.entry.title, context.description(of: resolved.entry), head: context.entryHead(resolved)),
                    "post": context.postView(at: index)]
        case .page(let index):
            let entry = site.pages[index]
            var view = context.entryView(entry, pageLanguage: strings.language)
            view["comments"] = context.commentsView(entry)
            return ["page": page(entry.entry.title, context.description(of: entry.entry), head: context.entryHead(entry)),
                    "post": view]
        case .term(let term, let list):
            let title = strings.text("\(term.taxonomy.rawValue)_title", ["name": term.name])
            return ["page": page(context.paginatedTitle(title, list), head: ["feeds": context.feedLinks([.site, .term(term)])]),
                    "list": context.listView(title: title, intro: nil, page: list)]
        case .termIndex(let taxonomy):
            let terms = taxonomy == .category ? site.categories : site.tags
            let title = strings.text(taxonomy == .category ? "categories_title" : "tags_title")
            let items = terms.map { (name: $0.name, path: $0.url, count: $0.postIndexes.count, note: String?.none) }
            return ["page": page(title), "index": context.indexView(title: title, items: items)]
        case .year(let year, let list):
            let title = strings.text("year_title", ["year": String(year.year)])
            return ["page": page(context.paginatedTitle(title, list)), "list": context.listView(title: title, intro: nil, page: list)]
        case .yearIndex:
            let title = strings.text("archives_title")
            let items = site.years.map { (name: String($0.year), path: $0.url, count: $0.postIndexes.count, note: String?.none) }
            return ["page": page(title), "index": context.indexView(title: title, items: items)]
        case .author(let author, let list):
            let title = strings.text("author_posts", ["name": author.name])
            let pageTitle = context.paginatedTitle(author.name, list), bio = HTMLText.plainText(author.bioHTML)
            let head = context.authorHead(author, title: pageTitle, description: bio)
            return ["page": page(pageTitle, bio, head: head),
                    "author": context.authorView(author), "list": context.listView(title: title, intro: nil, page: list)]
        case .authorIndex:
            let title = strings.text("authors_title")
            return ["page": page(title), "authors": context.authorIndexView(title: title)]
        case .notFound:
            let recent = site.posts.prefix(5).map { ["title": $0.entry.title, "url": context.link($0.url)] }
            return ["page": page(strings.text("not_found_title")), "notFound": ["recent": recent, "hasRecent": !recent.isEmpty]]
        case .mastodonShare:
            return ["page": page(strings.text("share_mastodon_title"))]
        case .alias(let target, _):
            return ["page": page(strings.text("redirecting")), "alias": ["targetURL": context.absolute(target)]]
        case .sitemap(let urls):
            let items = urls.map { url -> [String: Any] in
                ["loc": context.absolute(url.path), "lastmod": url.lastModified.map(context.dateISO)].compacted
            }
            return ["sitemap": ["urls": items]]
        case .robots:
            return ["robots": ["sitemapURL": context.absolute(SitePath.root.appending(file: "sitemap.xml"))]]
        }
    }
}

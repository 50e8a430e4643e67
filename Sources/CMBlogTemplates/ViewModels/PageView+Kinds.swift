import CMBlogContent
import CMBlogCore
import CMBlogFeeds
import CMBlogMarkdown

extension PageView {
    /// The view of a page of `kind` at `path`, reading the site through `context`.
    init(_ kind: PageKind, at path: SitePath, site: SiteView, context: ViewContext) {
        let strings = context.localization, config = context.config
        func head(_ title: String?, _ description: String? = nil) -> PageHeadView {
            PageHeadView(kind: kind.name, title: title, description: description, path: path, context: context)
        }
        let pageHead: PageHeadView?, body: Body
        switch kind {
        case .home(let list, _):
            pageHead = head(list.number == 1 ? nil : context.paginatedTitle(config.title, list))
            body = .list(ListView(title: config.title, intro: config.description, page: list, context: context, featuresFirstEntry: true))
        case .post(let index):
            let resolved = context.sources.post(index)
            var entry = EntryView(resolved, role: .postPage, context: context)
            let (newer, older) = context.sources.neighbours(of: index)
            entry.newer = newer.map { Self.link(to: context.sources.post($0), context: context) }
            entry.older = older.map { Self.link(to: context.sources.post($0), context: context) }
            pageHead = .entry(resolved, kind: kind.name, context: context)
            body = .entry(entry)
        case .page(let index):
            let resolved = context.sources.page(index)
            pageHead = .entry(resolved, kind: kind.name, context: context)
            body = .entry(EntryView(resolved, role: .pagePage, context: context))
        case .term(let term, let list):
            let title = strings.text("\(term.taxonomy.rawValue)_title", ["name": term.name])
            var termHead = head(context.paginatedTitle(title, list))
            termHead.feeds = context.feedLinks([.site, .term(term)])
            pageHead = termHead
            body = .list(ListView(title: title, intro: nil, page: list, context: context, parent: term.parent, children: term.children))
        case .termIndex(let taxonomy, _):
            let title = strings.text(taxonomy == .category ? "categories_title" : "tags_title")
            let items = context.sources.terms(taxonomy).map {
                IndexView.Source(name: $0.name, path: $0.url, count: $0.postIndexes.count, parent: $0.parent?.url)
            }
            pageHead = head(title)
            body = .index(IndexView(title: title, items: items, context: context))
        case .year(let year, let list):
            let title = strings.text("year_title", ["year": String(year.year)])
            pageHead = head(context.paginatedTitle(title, list))
            body = .list(ListView(title: title, intro: nil, page: list, context: context))
        case .yearIndex:
            let title = strings.text("archives_title")
            let items = context.sources.years.map { IndexView.Source(name: String($0.year), path: $0.url, count: $0.postIndexes.count) }
            pageHead = head(title)
            body = .index(IndexView(title: title, items: items, context: context))
        case .author(let author, let list, _):
            let title = strings.text("author_posts", ["name": author.name])
            let pageTitle = context.paginatedTitle(author.name, list)
            pageHead = .author(author, title: pageTitle, description: HTMLText.plainText(author.bioHTML(in: strings.language)), at: path, context: context)
            body = .author(AuthorView(author: author, context: context), ListView(title: title, intro: nil, page: list, context: context))
        case .authorIndex:
            let title = strings.text("authors_title")
            pageHead = head(title)
            body = .authors(AuthorIndexView(title: title, context: context))
        case .notFound:
            pageHead = head(strings.text("not_found_title"))
            body = .notFound(recent: context.sources.inputs.posts.map { Self.link(to: context.sources.post($0), context: context) })
        case .mastodonShare:
            pageHead = head(strings.text("share_mastodon_title"))
            body = .none
        case .alias(let target, _):
            pageHead = head(strings.text("redirecting"))
            body = .alias(targetURL: context.link(target), canonicalURL: context.absolute(target))
        case .sitemap(let urls):
            pageHead = nil
            body = .sitemap(urls.map {
                SitemapEntry(loc: context.absolute($0.path), lastmod: $0.lastModified.map(context.dateISO),
                             alternates: AlternateLink.list($0.alternates, context: context))
            })
        case .robots:
            pageHead = nil
            body = .robots(sitemapURL: context.absolute(SitePath.root.appending(file: "sitemap.xml")))
        }
        self.init(site: site, strings: strings.templateStrings, head: pageHead, body: body)
    }

    private static func link(to resolved: ResolvedEntry, context: ViewContext) -> TitledLink {
        TitledLink(title: resolved.entry.title, url: context.link(resolved.url))
    }
}

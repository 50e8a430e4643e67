import CMBlogContent
import CMBlogCore

/// A paginated list of posts (`list`): its title and introduction, the page's entries and
/// the links to the pages around it; on a category's page, the category it is filed in and
/// those filed in it.
struct ListView: TemplateParent {
    let title: String
    let intro: String?
    let page: ListPage
    let context: ViewContext
    var parent: TermLink?
    var children: [TermLink] = []
    /// Whether the first entry of the first page is `featured` (the home page's).
    var featuresFirstEntry = false

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "intro": intro.flatMap { $0.isEmpty ? nil : $0 }
        case "entries": entries
        case "isPaginated": page.count > 1
        case "number": page.number
        case "count": page.count
        case "position": context.localization.text("page_position", ["number": String(page.number), "count": String(page.count)])
        case "previousURL": page.previous.map(context.link)
        case "nextURL": page.next.map(context.link)
        case "parent": parent.map { NamedLink(name: $0.name, url: context.link($0.url)) }
        case "children": TermLinksView(terms: children, config: context.config)
        case "hasChildren": !children.isEmpty
        default: nil
        }
    }

    private var entries: [EntryView] {
        page.items.enumerated().map { position, index in
            var entry = EntryView(context.sources.post(index), role: .listItem, context: context)
            entry.isFeatured = featuresFirstEntry && position == 0 && page.number == 1
            return entry
        }
    }
}

extension ViewContext {
    /// A title with " (page N)" from the second page on.
    func paginatedTitle(_ title: String, _ page: ListPage) -> String {
        page.number == 1 ? title : localization.text("page_title", ["title": title, "number": String(page.number)])
    }
}

/// A list of links with counts (`index`): all categories, tags or years. Categories filed in
/// another come after it, in `items` (every link, with its `depth`), and under it, in `tree`
/// (the links at the top, each with its `children`).
struct IndexView: TemplateParent {
    /// One link of the index to show: its name, page, number of posts and parent.
    struct Source {
        let name: String
        let path: SitePath
        let count: Int
        var parent: SitePath?
    }

    /// One link of the index: `name`, `url`, `count`, `countText` ("12 posts"), `depth` (0 at
    /// the top), `parentName`, `children` and `hasChildren`.
    struct Item: TemplateParent {
        let name: String
        let url: String
        let count: Int
        let countText: String
        let depth: Int
        let parentName: String?
        let children: [Item]

        func child(named field: String) -> Any? {
            switch field {
            case "name": name
            case "url": url
            case "count": count
            case "countText": countText
            case "depth": depth
            case "parentName": parentName
            case "children": children
            case "hasChildren": !children.isEmpty
            default: nil
            }
        }

        /// This item, then those under it, depth first.
        var flattened: [Item] { [self] + children.flatMap(\.flattened) }
    }

    let title: String
    /// The links at the top of the tree.
    let tree: [Item]
    /// Every link, each followed by those filed in it.
    let items: [Item]

    init(title: String, items sources: [Source], context: ViewContext) {
        self.title = title
        let children = Dictionary(grouping: sources.filter { $0.parent != nil }, by: { $0.parent! })
        let listed = Set(sources.map(\.path))
        func item(_ source: Source, depth: Int, parentName: String?) -> Item {
            Item(name: source.name, url: context.link(source.path), count: source.count,
                 countText: context.localization.count("posts_count", source.count), depth: depth, parentName: parentName,
                 children: (children[source.path] ?? []).map { item($0, depth: depth + 1, parentName: source.name) })
        }
        tree = sources.filter { $0.parent.map { !listed.contains($0) } ?? true }.map { item($0, depth: 0, parentName: nil) }
        self.items = tree.flatMap(\.flattened)
    }

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "hasItems": !items.isEmpty
        case "items": items
        case "tree": tree
        default: nil
        }
    }
}

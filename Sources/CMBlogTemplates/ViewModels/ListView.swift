import CMBlogContent
import CMBlogCore
import Mustache

/// A paginated list of posts (`list`): its title and introduction, the page's entries and
/// the links to the pages around it.
struct ListView: MustacheParent {
    let title: String
    let intro: String?
    let page: ListPage
    let context: ViewContext

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "intro": intro.flatMap { $0.isEmpty ? nil : $0 }
        case "entries": page.items.map { EntryView(context.sources.post($0), role: .listItem, context: context) }
        case "isPaginated": page.count > 1
        case "number": page.number
        case "count": page.count
        case "position": context.localization.text("page_position", ["number": String(page.number), "count": String(page.count)])
        case "previousURL": page.previous.map(context.link)
        case "nextURL": page.next.map(context.link)
        default: nil
        }
    }
}

extension ViewContext {
    /// A title with " (page N)" from the second page on.
    func paginatedTitle(_ title: String, _ page: ListPage) -> String {
        page.number == 1 ? title : localization.text("page_title", ["title": title, "number": String(page.number)])
    }
}

/// A list of links with counts (`index`): all categories, tags or years.
struct IndexView: MustacheParent {
    /// One link of the index: `name`, `url`, `count` and `countText` ("12 posts").
    struct Item: MustacheParent {
        let name: String
        let url: String
        let count: Int
        let countText: String

        func child(named field: String) -> Any? {
            switch field {
            case "name": name
            case "url": url
            case "count": count
            case "countText": countText
            default: nil
            }
        }
    }

    let title: String
    let items: [Item]

    init(title: String, items: [(name: String, path: SitePath, count: Int)], context: ViewContext) {
        self.title = title
        self.items = items.map { Item(name: $0.name, url: context.link($0.path), count: $0.count, countText: context.localization.count("posts_count", $0.count)) }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "hasItems": !items.isEmpty
        case "items": items
        default: nil
        }
    }
}

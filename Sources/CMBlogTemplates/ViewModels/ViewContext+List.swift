import CMBlogContent
import CMBlogCore
import Foundation

extension ViewContext {
    /// A paginated list of posts (`list` in templates).
    func listView(title: String, intro: String?, page: ListPage) -> [String: Any] {
        let values: [String: Any?] = [
            "title": title,
            "intro": intro.flatMap { $0.isEmpty ? nil : $0 },
            "entries": site.posts(at: page.items).map { entryView($0, pageLanguage: localization.language) },
            "isPaginated": page.count > 1,
            "number": page.number,
            "count": page.count,
            "position": localization.text("page_position", ["number": String(page.number), "count": String(page.count)]),
            "previousURL": page.previous.map(link),
            "nextURL": page.next.map(link),
        ]
        return values.compacted
    }

    /// A title with " (page N)" from the second page on.
    func paginatedTitle(_ title: String, _ page: ListPage) -> String {
        page.number == 1 ? title : localization.text("page_title", ["title": title, "number": String(page.number)])
    }

    /// A list of links with counts (`index` in templates): all categories, tags, years or authors.
    func indexView(title: String, items: [(name: String, path: SitePath, count: Int, note: String?)]) -> [String: Any] {
        [
            "title": title,
            "hasItems": !items.isEmpty,
            "items": items.map { item in
                [
                    "name": item.name,
                    "url": link(item.path),
                    "count": item.count,
                    "countText": localization.count("posts_count", item.count),
                    "note": item.note,
                ].compacted
            },
        ]
    }
}

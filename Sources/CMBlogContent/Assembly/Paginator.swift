import Foundation
import CMBlogCore

/// One page of a paginated list: `/`, `/page/2/`, `/tags/x/page/3/`.
public struct ListPage: Sendable, Hashable, Codable {
    /// 1-based.
    public var number: Int
    public var count: Int
    /// The items on this page.
    public var items: [Int]
    public var url: SitePath
    public var previous: SitePath?
    public var next: SitePath?
}

/// Splits a list into pages of the site's size. The first page lives at the list's own URL,
/// the next ones under `<list>/page/N/`.
public enum Paginator {
    /// The pages of `items`; one empty page when there are no items, so the list still exists.
    public static func pages(of items: [Int], perPage: Int, at base: SitePath, pageFolder: String) -> [ListPage] {
        let size = max(1, perPage)
        let chunks = stride(from: 0, to: max(items.count, 1), by: size).map { Array(items[$0..<min($0 + size, items.count)]) }
        let urls = chunks.indices.map { $0 == 0 ? base : base.appending(folder: pageFolder).appending(folder: String($0 + 1)) }
        return chunks.indices.map { index in
            ListPage(
                number: index + 1,
                count: chunks.count,
                items: chunks[index],
                url: urls[index],
                previous: index > 0 ? urls[index - 1] : nil,
                next: index + 1 < urls.count ? urls[index + 1] : nil
            )
        }
    }
}

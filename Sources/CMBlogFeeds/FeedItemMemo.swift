import CMBlogCore
import Synchronization

/// Feed items made once and kept, by post index and content, for feeds rendered at the same
/// time on several threads. Two threads may make the same item at once; both make the same value.
final class FeedItemMemo: Sendable {
    private let items = Mutex<[FeedContent: [Int: FeedItem]]>([:])

    /// The item of the post at `index` carrying `content`, made by `make` the first time it is asked for.
    func item(at index: Int, content: FeedContent, make: () -> FeedItem) -> FeedItem {
        if let known = items.withLock({ $0[content]?[index] }) { return known }
        let item = make()
        items.withLock { $0[content, default: [:]][index] = item }
        return item
    }
}

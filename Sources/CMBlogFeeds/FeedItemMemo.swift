import Synchronization

/// Feed items made once and kept, by post index, for feeds rendered at the same time on
/// several threads. Two threads may make the same item at once; both make the same value.
final class FeedItemMemo: Sendable {
    private let items = Mutex<[Int: FeedItem]>([:])

    /// The item of the post at `index`, made by `make` the first time it is asked for.
    func item(at index: Int, make: () -> FeedItem) -> FeedItem {
        if let known = items.withLock({ $0[index] }) { return known }
        let item = make()
        items.withLock { $0[index] = item }
        return item
    }
}

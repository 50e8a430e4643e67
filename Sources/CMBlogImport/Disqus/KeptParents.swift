/// The parent a Disqus comment keeps once deleted and spam comments are left out: its own, or
/// when that one is left out, the nearest comment above it that is kept (none at the top), so
/// a reply to a deleted comment stays in its branch of the thread instead of falling to the top.
struct KeptParents {
    private let parentByID: [String: String]
    private let dropped: Set<String>

    init(_ posts: [DisqusExport.Post]) {
        var parents: [String: String] = [:]
        for post in posts where parents[post.dsqID] == nil {
            if let parent = post.parentID { parents[post.dsqID] = parent }
        }
        parentByID = parents
        dropped = Set(posts.filter { $0.isDeleted || $0.isSpam }.map(\.dsqID))
    }

    /// The parent `post` is written with. A loop of parents ends where it comes back.
    func parent(of post: DisqusExport.Post) -> String? {
        var current = post.parentID
        var seen: Set<String> = [post.dsqID]
        while let id = current, dropped.contains(id), seen.insert(id).inserted {
            current = parentByID[id]
        }
        return current.flatMap { seen.contains($0) ? nil : $0 }
    }
}

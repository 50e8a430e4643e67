extension Site {
    /// The order of the home page's posts: pinned ones (`pinned: true`) first, newest first,
    /// so they open its first page; then every other post, newest first. Feeds and archives
    /// keep the order of dates.
    public var homePostIndexes: [Int] {
        let pinned = posts.indices.filter { posts[$0].entry.isPinned }
        return pinned + posts.indices.filter { !posts[$0].entry.isPinned }
    }
}

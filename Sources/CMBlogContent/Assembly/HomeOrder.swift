extension Site {
    /// The order of the posts of the home page of `language`: pinned ones (`pinned: true`) first, newest first,
    /// so they open its first page; then every other post, newest first. Feeds and archives
    /// keep the order of dates.
    public func homePostIndexes(in language: String) -> [Int] {
        let indexes = postIndexes(in: language)
        return indexes.filter { posts[$0].entry.isPinned } + indexes.filter { !posts[$0].entry.isPinned }
    }
}

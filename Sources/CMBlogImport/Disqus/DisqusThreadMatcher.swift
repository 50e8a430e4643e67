import CMBlogContent
import CMBlogCore

/// Finds the post or page a Disqus thread belongs to: by its URL's path (the entry's URL or
/// one of its `aliases:`; `…/index.html` names its folder), else by its identifier (the entry's WordPress `id:` as its first
/// word, its `guid:`, its URL or its slug). Where several entries fit, the first in the
/// site's order wins. Every lookup is in an index made once, so matching many threads
/// against many posts takes time in proportion to their sum.
struct DisqusThreadMatcher {
    private let entries: [ResolvedEntry]
    private var byPath: [String: Int] = [:]
    private var byLegacyID: [String: Int] = [:]
    private var byGUID: [String: Int] = [:]
    private var byURL: [String: Int] = [:]
    private var bySlug: [String: Int] = [:]

    /// The index of `entries`, posts then pages.
    init(_ entries: [ResolvedEntry]) {
        self.entries = entries
        // Visited backwards, so the first entry with a key is the one kept.
        for (index, resolved) in entries.enumerated().reversed() {
            for alias in resolved.entry.aliases { byPath[alias.value] = index }
            byPath[resolved.url.value] = index
            byURL[resolved.url.value] = index
            bySlug[resolved.entry.slug] = index
            if let id = resolved.entry.legacyID { byLegacyID[id] = index }
            if let guid = resolved.entry.guid { byGUID[guid] = index }
        }
    }

    /// The paths a thread's link may name one page by: as written, without a final
    /// `index.html` (or `.htm`, `.php`), and with a trailing `/`.
    private static func forms(of path: String) -> [String] {
        guard !path.isEmpty else { return [] }
        var folder = path
        for index in ["index.html", "index.htm", "index.php"] where folder.hasSuffix("/" + index) {
            folder.removeLast(index.count)
        }
        if !folder.hasSuffix("/") { folder += "/" }
        return folder == path ? [path] : [path, folder]
    }

    /// The entry `thread` belongs to; nil when none fits.
    func entry(for thread: DisqusExport.Thread) -> ResolvedEntry? {
        let path = OldURL(thread.link).path
        for candidate in Self.forms(of: path) {
            if let index = byPath[candidate] { return entries[index] }
        }
        let identifier = thread.identifier
        let firstWord = identifier.split(separator: " ").first.map(String.init) ?? identifier
        let candidates = [byLegacyID[firstWord], byGUID[identifier], byURL[identifier], bySlug[identifier]]
        return candidates.compactMap { $0 }.min().map { entries[$0] }
    }
}

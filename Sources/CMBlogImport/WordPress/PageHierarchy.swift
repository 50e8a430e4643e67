import CMBlogCore

/// The parent pages of WordPress pages, which give a child page its folder, so the pattern
/// `/:path:slug/` keeps its old nested URL (`/a-propos/equipe/`).
struct PageHierarchy {
    /// Far deeper than any site's menu, and short enough for the page's path to be a file name.
    static let maximumDepth = 32

    private let pagesByID: [String: WXRExport.Item]

    /// The hierarchy of the pages among `items` (the first item with an id wins).
    init(_ items: [WXRExport.Item]) {
        pagesByID = Dictionary(items.filter { $0.type == "page" }.map { ($0.postID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// `grand-parent/parent/` for a child page, empty for a page at the top. A loop of
    /// parents ends where it comes back; at most `maximumDepth` parents are followed, so the
    /// time is bounded whatever the export says.
    /// - Throws: A `DiagnosticError` at the item's line when it has more parents than that.
    func folder(of item: WXRExport.Item, exportPath: String) throws(DiagnosticError) -> String {
        var folders: [String] = []
        var seen: Set<String> = [item.postID]
        var current = item.parentID
        while let id = current, let parent = pagesByID[id], seen.insert(id).inserted {
            guard folders.count < Self.maximumDepth else {
                throw DiagnosticError(.error(
                    "page \(item.postID) lies more than \(Self.maximumDepth) levels below its top parent page; give it a parent nearer the top in WordPress and export again",
                    path: exportPath, line: item.line))
            }
            folders.append(parent.slug)
            current = parent.parentID
        }
        return folders.reversed().map { $0 + "/" }.joined()
    }
}

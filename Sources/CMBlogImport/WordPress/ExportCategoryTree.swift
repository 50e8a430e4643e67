import CMBlogContent
import CMBlogCore

/// The category tree of an export, as `categories.yml` keeps it: the categories imported posts
/// are filed under and those above them, each by the name posts give it. Only categories that
/// are part of a tree (with a parent or a child) are listed, parents first.
struct ExportCategoryTree {
    /// One category of the tree, and the category it is filed in (nil at the top).
    struct Node: Equatable {
        let name: String
        let parent: String?
    }

    /// The categories, each after the one it is filed in, siblings by slug.
    private(set) var nodes: [Node] = []
    /// A parent the export names but does not declare, at the line of the category.
    private(set) var warnings: [Diagnostic] = []

    /// - Parameters:
    ///   - categories: The categories the export declares (`wp:category`).
    ///   - postTerms: The categories of the imported posts.
    init(categories: [DeclaredCategory], postTerms: [WXRExport.Term], exportPath: String) {
        let declared = Dictionary(categories.map { ($0.slug.decodedSlug, $0) }, uniquingKeysWith: { first, _ in first })
        var names: [String: String] = [:]
        for term in postTerms where names[term.slug.decodedSlug] == nil { names[term.slug.decodedSlug] = term.name }
        var parents: [String: String] = [:]
        var seen: Set<String> = []
        var pending = names.keys.sorted()
        while let slug = pending.popLast() {
            guard seen.insert(slug).inserted, let category = declared[slug], let parent = category.parent.map(\.decodedSlug) else { continue }
            guard declared[parent] != nil else {
                warnings.append(.warning("category `\(slug)` is filed in `\(parent)`, which the export does not declare; it is written at the top of categories.yml",
                                         path: exportPath, line: category.line))
                continue
            }
            parents[slug] = parent
            pending.append(parent)
        }
        let children = Dictionary(grouping: parents.keys, by: { parents[$0]! })
        func name(_ slug: String) -> String { EncodingRepair.repair(names[slug] ?? declared[slug]?.name ?? slug).text }
        var visited: Set<String> = []
        func visit(_ slug: String) {
            guard visited.insert(slug).inserted else { return }
            nodes.append(Node(name: name(slug), parent: parents[slug].map(name)))
            (children[slug] ?? []).sorted().forEach(visit)
        }
        children.keys.filter { parents[$0] == nil }.sorted().forEach(visit)
    }
}

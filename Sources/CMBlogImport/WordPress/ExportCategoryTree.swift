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
                warnings.append(.warning("category `\(slug)` is filed in `\(parent)`, which the export does not declare; it is imported without a parent",
                                         path: exportPath, line: category.line))
                continue
            }
            parents[slug] = parent
            pending.append(parent)
        }
        breakCycles(&parents, declared: declared, exportPath: exportPath)
        cutDeepTrees(&parents, declared: declared, exportPath: exportPath)
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

    /// Puts at the top of its tree the first category (by slug) of each cycle of parents, which
    /// WordPress cannot show but an edited database can hold, saying so.
    private mutating func breakCycles(_ parents: inout [String: String], declared: [String: DeclaredCategory], exportPath: String) {
        for slug in parents.keys.sorted() {
            var chain = [slug]
            var current = parents[slug]
            while let parent = current {
                if let start = chain.firstIndex(of: parent) {
                    let cycle = Array(chain[start...])
                    let cut = cycle.min()!
                    parents[cut] = nil
                    warnings.append(.warning("categories \((cycle + [parent]).map { "`\($0)`" }.joined(separator: " › ")) are filed in each other; `\(cut)` is imported without a parent",
                                             path: exportPath, line: declared[cut]?.line))
                    break
                }
                chain.append(parent)
                current = parents[parent]
            }
        }
    }

    /// Starts a new tree at each category deeper than the build allows (`CategorySetting.maxDepth`
    /// levels), saying so: a category with a multiple of that many categories above it.
    private mutating func cutDeepTrees(_ parents: inout [String: String], declared: [String: DeclaredCategory], exportPath: String) {
        var depths: [String: Int] = [:]
        func ancestors(_ slug: String) -> Int {
            if let known = depths[slug] { return known }
            var chain: [String] = []
            var current = slug
            while depths[current] == nil, let parent = parents[current] {
                chain.append(current)
                current = parent
            }
            var depth = depths[current] ?? 0
            for link in chain.reversed() {
                depth += 1
                depths[link] = depth
            }
            return depths[slug] ?? 0
        }
        let cuts = parents.keys.filter { ancestors($0) % CategorySetting.maxDepth == 0 }.sorted()
        for deep in cuts {
            parents[deep] = nil
            warnings.append(.warning("category `\(deep)` is nested deeper than \(CategorySetting.maxDepth) levels; it is imported at the top of a tree of its own",
                                     path: exportPath, line: declared[deep]?.line))
        }
    }
}

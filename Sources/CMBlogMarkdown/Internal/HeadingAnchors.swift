import CCmarkGFM
import CMBlogCore
import Foundation

/// Gives every heading of a document an id unique within it, and an anchor link to itself.
///
/// Each heading node is replaced by an HTML block holding its rendered HTML with the id
/// added, so the rest of the document renders as cmark-gfm renders it.
enum HeadingAnchors {
    static func apply(to document: CmarkDocument, slug: (String) -> String) -> [Heading] {
        var used: [String: Int] = [:]
        var headings: [Heading] = []
        // Select the headings before changing anything: freeing a replaced heading frees its
        // children too, so a list of all nodes would hold dangling pointers. Headings never
        // contain headings, so these stay valid.
        let headingNodes = document.nodes().filter { $0.type == CMARK_NODE_HEADING }
        for node in headingNodes {
            let level = Int(cmark_node_get_heading_level(node.pointer))
            let text = UTF8Trimming.trimmed(node.plainText, in: .whitespaces)
            let id = uniqueID(for: slug(text), used: &used)
            headings.append(Heading(level: level, text: text, id: id))

            let rendered = UTF8Trimming.trimmed(document.html(of: node), in: .newlines)
            let open = "<h\(level)>", close = "</h\(level)>"
            guard rendered.hasPrefix(open), rendered.hasSuffix(close) else { continue }
            let inner = rendered.dropFirst(open.count).dropLast(close.count)
            let anchor = "<a class=\"heading-anchor\" href=\"#\(id)\" aria-hidden=\"true\" tabindex=\"-1\">#</a>"
            guard let block = cmark_node_new(CMARK_NODE_HTML_BLOCK) else { continue }
            CmarkNode(pointer: block).literal = "<h\(level) id=\"\(id)\">\(inner)\(anchor)\(close)\n"
            cmark_node_replace(node.pointer, block)
            cmark_node_free(node.pointer)
        }
        return headings
    }

    /// `slug`, or the next of `slug-1`, `slug-2`… not yet in `used`.
    static func uniqueID(for slug: String, used: inout [String: Int]) -> String {
        let base = slug.isEmpty ? "section" : slug
        var candidate = base
        while let count = used[candidate] {
            used[candidate] = count + 1
            candidate = "\(base)-\(count)"
        }
        used[candidate] = 1
        return candidate
    }
}

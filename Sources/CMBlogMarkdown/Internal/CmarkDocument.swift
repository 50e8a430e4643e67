import CCmarkGFM
import Foundation

/// A parsed cmark-gfm document. Lives only inside one `CmarkGate` call; frees itself.
final class CmarkDocument {
    private let parser: OpaquePointer
    let root: OpaquePointer
    let options: Int32

    private static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    init(parsing source: String, allowsRawHTML: Bool) {
        // Written as HTML has them: a column's alignment as `style="text-align: right"` on its
        // cells (not the obsolete `align=`), a fenced block's language as
        // `<pre><code class="language-python">` (not `<pre lang=…>`, CMARK_OPT_GITHUB_PRE_LANG).
        var options = CMARK_OPT_SMART | CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        if allowsRawHTML { options |= CMARK_OPT_UNSAFE }
        self.options = options
        let parser = cmark_parser_new(options)!
        self.parser = parser
        for name in Self.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        if !allowsRawHTML, let tagFilter = cmark_find_syntax_extension("tagfilter") {
            cmark_parser_attach_syntax_extension(parser, tagFilter)
        }
        source.withCString { pointer in
            cmark_parser_feed(parser, pointer, strlen(pointer))
        }
        root = cmark_parser_finish(parser)
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// The HTML of `node` (the whole document by default).
    func html(of node: CmarkNode? = nil) -> String {
        guard let rendered = cmark_render_html(node?.pointer ?? root, options, cmark_parser_get_syntax_extensions(parser))
        else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Every node of the document, in document order (each node once, on entering it).
    func nodes() -> [CmarkNode] {
        var found: [CmarkNode] = []
        guard let iterator = cmark_iter_new(root) else { return found }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { found.append(CmarkNode(pointer: node)) }
        }
        return found
    }
}

/// A node of a `CmarkDocument`; valid only while the document lives.
struct CmarkNode {
    let pointer: OpaquePointer

    /// The node's type.
    var type: cmark_node_type { cmark_node_get_type(pointer) }

    /// The node's literal text (text, code, HTML), or "".
    var literal: String {
        get { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
        nonmutating set { cmark_node_set_literal(pointer, newValue) }
    }

    /// The text of the node's descendants (text and code spans).
    var plainText: String {
        var text = ""
        var child = cmark_node_first_child(pointer)
        while let pointer = child {
            let node = CmarkNode(pointer: pointer)
            switch node.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += node.literal
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: text += node.plainText
            }
            child = cmark_node_next(pointer)
        }
        return text
    }

    /// Whether an ancestor of the node has type `type`.
    func hasAncestor(ofType type: cmark_node_type) -> Bool {
        var parent = cmark_node_parent(pointer)
        while let node = parent {
            if cmark_node_get_type(node) == type { return true }
            parent = cmark_node_parent(node)
        }
        return false
    }
}

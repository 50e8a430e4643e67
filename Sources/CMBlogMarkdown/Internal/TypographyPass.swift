import Foundation

import CCmarkGFM

/// Applies French typography to the text nodes of a document, leaving code, raw HTML and
/// autolinked addresses alone.
enum TypographyPass {
    static func apply(to document: CmarkDocument) {
        for node in document.nodes() where node.type == CMARK_NODE_TEXT {
            let text = node.literal
            let spaced = FrenchTypography.apply(to: text)
            if spaced != text, !isAddress(text, in: node) { node.literal = spaced }
        }
    }

    private static func isAddress(_ text: String, in node: CmarkNode) -> Bool {
        guard text.contains("://") || text.hasPrefix("www.") || text.contains("@") else { return false }
        return node.hasAncestor(ofType: CMARK_NODE_LINK) || !text.contains(" ")
    }
}

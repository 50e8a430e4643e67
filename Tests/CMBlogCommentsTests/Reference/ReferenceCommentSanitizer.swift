// Reference implementation: the code as it was before it worked on UTF-8 bytes, kept only so
// the property tests can require the new code to give the same output for any input.

import Foundation
import CMBlogMarkdown
@testable import CMBlogComments

/// Reduces comment HTML, which comes from the public, to an allowlist of harmless markup.
///
/// The output is written anew from tokens: only the allowed elements, balanced and properly
/// nested; only `title` and, on links, an `href` to `http`, `https` or `mailto` with
/// `rel="nofollow ugc"`; every text and attribute value escaped. Elements whose content is
/// code or foreign markup (`script`, `style`, `svg`, `math`, `template`, …) are dropped with
/// their content; other unknown elements are dropped and their text kept. Bare addresses in the
/// text become links.
enum ReferenceCommentSanitizer {
    /// The elements a comment may contain.
    static let allowedElements: Set<String> = [
        "p", "br", "a", "em", "strong", "b", "i", "blockquote", "q", "cite", "code", "pre", "ul", "ol", "li", "del",
        "ins", "abbr",
    ]

    /// Elements dropped together with everything inside them.
    static let droppedWithContent: Set<String> = ReferenceHTMLTokenizer.rawTextElements.union([
        "svg", "math", "template", "object", "applet", "select", "head", "frameset", "datalist", "audio", "video",
        "canvas", "map",
    ])

    /// Elements that end an open paragraph, as in HTML.
    private static let blockElements: Set<String> = ["p", "blockquote", "pre", "ul", "ol"]

    /// How deep allowed elements may nest; deeper tags are dropped, their text kept.
    static let maximumDepth = 32

    /// The sanitized form of `html`.
    static func sanitize(_ html: String) -> String {
        var tokenizer = ReferenceHTMLTokenizer(html)
        var writer = SanitizedHTMLWriter()
        var dropping: (name: String, depth: Int)?
        for token in tokenizer.tokens() {
            if let current = dropping {
                switch token {
                case .startTag(let name, _, let selfClosing) where name == current.name && !selfClosing:
                    dropping = (name, current.depth + 1)
                case .endTag(let name) where name == current.name:
                    dropping = current.depth == 1 ? nil : (name, current.depth - 1)
                default:
                    break
                }
                continue
            }
            switch token {
            case .text(let text):
                writer.text(ReferenceCharacterReferences.decode(text))
            case .startTag(let name, let attributes, let selfClosing):
                if droppedWithContent.contains(name) {
                    if !selfClosing || ReferenceHTMLTokenizer.rawTextElements.contains(name) { dropping = (name, 1) }
                } else if allowedElements.contains(name) {
                    writer.open(name, attributes: attributes.map { ($0.name, ReferenceCharacterReferences.decode($0.value)) })
                }
            case .endTag(let name):
                writer.close(name)
            }
        }
        return writer.finish()
    }

    /// Writes balanced, escaped markup from the allowed tokens.
    private struct SanitizedHTMLWriter {
        private var output = ""
        private var open: [String] = []

        mutating func text(_ text: String) {
            let cleaned = String(String.UnicodeScalarView(text.unicodeScalars.filter(Self.isAllowedInText)))
            if open.contains("a") || open.contains("pre") || open.contains("code") {
                output += HTMLText.escape(cleaned)
            } else {
                output += ReferenceAutolinker.html(for: cleaned)
            }
        }

        mutating func open(_ name: String, attributes: [(String, String)]) {
            if name == "br" {
                output += "<br>"
                return
            }
            var attributeText = ""
            if let title = attributes.first(where: { $0.0 == "title" })?.1 {
                attributeText += " title=\"\(HTMLText.escape(title))\""
            }
            if name == "a" {
                guard let href = attributes.first(where: { $0.0 == "href" }).flatMap({ LinkPolicy.allowedURL($0.1) }) else { return }
                if open.contains("a") { close("a") }
                attributeText = " href=\"\(HTMLText.escape(href))\"" + attributeText + " rel=\"nofollow ugc\""
            }
            if blockElements.contains(name), let paragraph = open.lastIndex(of: "p") { closeFrom(paragraph) }
            if name == "li", let item = open.lastIndex(of: "li"), !open[item...].contains(where: { $0 == "ul" || $0 == "ol" }) {
                closeFrom(item)
            }
            guard open.count < maximumDepth else { return }
            output += "<\(name)\(attributeText)>"
            open.append(name)
        }

        mutating func close(_ name: String) {
            guard let index = open.lastIndex(of: name) else { return }
            closeFrom(index)
        }

        mutating func finish() -> String {
            closeFrom(0)
            return output.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        private mutating func closeFrom(_ index: Int) {
            for name in open[index...].reversed() { output += "</\(name)>" }
            open.removeSubrange(index...)
        }

        /// Control characters have no place in a comment (tab and line breaks excepted).
        private static func isAllowedInText(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value >= 0x20 ? scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value) : scalar == "\n" || scalar == "\t"
        }
    }
}

import CMBlogCore
import CMBlogMarkdown
import Foundation

/// Reduces comment HTML, which comes from the public, to an allowlist of harmless markup.
///
/// The output is written anew from tokens: only the allowed elements, balanced and properly
/// nested; only `title` and, on links, an `href` to `http`, `https` or `mailto` with
/// `rel="nofollow ugc"`; every text and attribute value escaped. Elements whose content is
/// code or foreign markup (`script`, `style`, `svg`, `math`, `template`, …) are dropped with
/// their content; other unknown elements are dropped and their text kept. Bare addresses in the
/// text become links.
public enum CommentSanitizer {
    /// The elements a comment may contain.
    public static let allowedElements: Set<String> = [
        "p", "br", "a", "em", "strong", "b", "i", "blockquote", "q", "cite", "code", "pre", "ul", "ol", "li", "del",
        "ins", "abbr",
    ]

    /// Elements dropped together with everything inside them.
    static let droppedWithContent: Set<String> = HTMLTokenizer.rawTextElements.union([
        "svg", "math", "template", "object", "applet", "select", "head", "frameset", "datalist", "audio", "video",
        "canvas", "map",
    ])

    /// Elements that end an open paragraph, as in HTML.
    private static let blockElements: Set<String> = ["p", "blockquote", "pre", "ul", "ol"]

    /// How deep allowed elements may nest; deeper tags are dropped, their text kept.
    static let maximumDepth = 32

    /// The sanitized form of `html`.
    public static func sanitize(_ html: String) -> String {
        var tokenizer = HTMLTokenizer(html)
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
                writer.text(CharacterReferences.decode(text))
            case .startTag(let name, let attributes, let selfClosing):
                if droppedWithContent.contains(name) {
                    if !selfClosing || HTMLTokenizer.rawTextElements.contains(name) { dropping = (name, 1) }
                } else if allowedElements.contains(name) {
                    writer.open(name, attributes: attributes.map { ($0.name, CharacterReferences.decode($0.value)) })
                }
            case .endTag(let name):
                writer.close(name)
            }
        }
        return writer.finish()
    }

    /// Writes balanced, escaped markup from the allowed tokens, as UTF-8.
    private struct SanitizedHTMLWriter {
        private var output: [UInt8] = []
        private var open: [String] = []

        mutating func text(_ text: String) {
            let cleaned = Self.withoutControlCharacters(text)
            if open.contains("a") || open.contains("pre") || open.contains("code") {
                ByteEscaper.html.append(cleaned, to: &output)
            } else {
                Autolinker.append(cleaned, to: &output)
            }
        }

        mutating func open(_ name: String, attributes: [(String, String)]) {
            if name == "br" {
                output.append(contentsOf: "<br>".utf8)
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
            output.append(contentsOf: "<\(name)\(attributeText)>".utf8)
            open.append(name)
        }

        mutating func close(_ name: String) {
            guard let index = open.lastIndex(of: name) else { return }
            closeFrom(index)
        }

        mutating func finish() -> String {
            closeFrom(0)
            return UTF8Trimming.trimmedString(output, in: .whitespacesAndNewlines)
        }

        private mutating func closeFrom(_ index: Int) {
            for name in open[index...].reversed() { output.append(contentsOf: "</\(name)>".utf8) }
            open.removeSubrange(index...)
        }

        /// `text` without control characters, which have no place in a comment (tab and line
        /// breaks excepted): C0 controls, DEL and the C1 controls U+0080 to U+009F.
        private static func withoutControlCharacters(_ text: String) -> String {
            var copy = text
            return copy.withUTF8 { bytes -> String? in
                var kept: [UInt8] = []
                var copied = 0
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    let controlLength = byte == 0xC2 && index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]) ? 2
                        : (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F ? 1 : 0
                    guard controlLength > 0 else {
                        index += 1
                        continue
                    }
                    kept.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                    index += controlLength
                    copied = index
                }
                guard copied > 0 else { return nil }
                kept.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
                return String(decoding: kept, as: UTF8.self)
            } ?? text
        }
    }
}

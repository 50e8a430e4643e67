// Reference implementation: the code as it was before it worked on UTF-8 bytes, kept only so
// the property tests can require the new code to give the same output for any input.

import Foundation
@testable import CMBlogMarkdown

/// Renders a body stored as HTML (posts imported from WordPress, `.html` files) the way
/// WordPress displays it: blank lines separate paragraphs and a single line break is a `<br>`,
/// except around block elements, which are left as written. `<!--more-->` ends the excerpt.
enum ReferenceHTMLBodyRenderer {
    /// Elements that stand as blocks of their own: text next to them is not wrapped.
    private static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "embed", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "iframe", "li", "main", "nav",
        "noscript", "object", "ol", "p", "pre", "script", "section", "style", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul", "video", "audio",
    ]

    /// `body` with its text blocks wrapped in `<p>`, `<pre>` contents left untouched.
    static func paragraphs(_ body: String) -> String {
        var blocks: [String] = []
        var current: [Substring] = []
        var inPre = false
        func flush() {
            if !current.isEmpty { blocks.append(wrap(current)) }
            current = []
        }
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let lowercased = line.lowercased()
            if lowercased.contains("<pre") { inPre = true }
            if lowercased.contains("</pre>") { inPre = false }
            if !inPre, line.allSatisfy(\.isWhitespace) {
                flush()
            } else {
                current.append(line)
            }
        }
        flush()
        return blocks.joined(separator: "\n")
    }

    /// Whether `text` has a start or end tag of a block element.
    private static func holdsBlockElement(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            var start = open + 1
            if start < bytes.count, bytes[start] == UInt8(ascii: "/") { start += 1 }
            var end = start
            let isLetter = { (byte: UInt8) in (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }
            while end < bytes.count, isLetter(bytes[end]) || (end > start && (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[end])) {
                end += 1
            }
            if end > start, end == bytes.count || [UInt8(ascii: ">"), UInt8(ascii: " "), UInt8(ascii: "/"), UInt8(ascii: "\n"), UInt8(ascii: "\t")].contains(bytes[end]),
               blockElements.contains(String(decoding: bytes[start..<end], as: UTF8.self).lowercased()) {
                return true
            }
            index = open + 1
        }
        return false
    }

    /// One blank-line-separated block: as written when it holds a block element, else a
    /// paragraph with its line breaks kept.
    private static func wrap(_ lines: [Substring]) -> String {
        let text = lines.joined(separator: "\n")
        guard holdsBlockElement(text) else { return paragraph(lines) }
        let lead = lines.prefix { !holdsBlockElement(String($0)) }
        guard !lead.isEmpty, lead.count < lines.count, !lead.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) else { return text }
        return paragraph(lead) + "\n" + lines.dropFirst(lead.count).joined(separator: "\n")
    }

    private static func paragraph(_ lines: some Collection<Substring>) -> String {
        "<p>" + lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "<br>\n") + "</p>"
    }
}

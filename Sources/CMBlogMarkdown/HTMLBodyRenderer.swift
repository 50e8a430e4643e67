import CMBlogCore
import Foundation

/// Renders a body stored as HTML (posts imported from WordPress, `.html` files) the way
/// WordPress displays it: blank lines separate paragraphs and a single line break is a `<br>`,
/// except around block elements, which are left as written. `<!--more-->` ends the excerpt.
public enum HTMLBodyRenderer {
    /// Elements that stand as blocks of their own: text next to them is not wrapped.
    private static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "embed", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "iframe", "li", "main", "nav",
        "noscript", "object", "ol", "p", "pre", "script", "section", "style", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul", "video", "audio",
    ]

    public static func render(_ body: String) -> RenderedMarkdown {
        RenderedMarkdown(html: paragraphs(body), headings: [])
    }

    /// `body` with its text blocks wrapped in `<p>`, `<pre>` contents left untouched.
    ///
    /// Lines end at line feeds that are characters of their own (not inside CR LF).
    public static func paragraphs(_ body: String) -> String {
        var copy = body
        return copy.withUTF8 { bytes in
            var boundaries = CharacterBoundaries(bytes, text: body)
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 8)
            var block: [Range<Int>] = []
            var inPre = false
            func flush() {
                guard !block.isEmpty else { return }
                if !output.isEmpty { output.append(UInt8(ascii: "\n")) }
                wrap(block, of: bytes, into: &output)
                block = []
            }
            var lineStart = 0
            for index in 0...bytes.count where index == bytes.count || (bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D)) {
                let line = lineStart..<index
                lineStart = index + 1
                if contains("<pre", in: line, of: bytes, &boundaries) { inPre = true }
                if contains("</pre>", in: line, of: bytes, &boundaries) { inPre = false }
                if !inPre, isBlank(line, of: bytes, &boundaries) {
                    flush()
                } else {
                    block.append(line)
                }
            }
            flush()
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Whether `pattern` (lowercase ASCII) is in the line as whole characters, ignoring case.
    private static func contains(
        _ pattern: StaticString, in line: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, _ boundaries: inout CharacterBoundaries
    ) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard line.count >= count else { return false }
        let first = pattern.utf8Start[0]
        search: for start in line.lowerBound...(line.upperBound - count) where bytes[start] == first {
            for offset in 1..<count {
                let expected = pattern.utf8Start[offset], byte = bytes[start + offset]
                guard byte == expected || (expected >= UInt8(ascii: "a") && byte | 0x20 == expected) else { continue search }
            }
            if boundaries.isBoundary(at: start), boundaries.isBoundary(at: start + count) { return true }
        }
        return false
    }

    /// Whether every character of the line starts with white space.
    private static func isBlank(_ line: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, _ boundaries: inout CharacterBoundaries) -> Bool {
        var index = line.lowerBound
        while index < line.upperBound {
            let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            if !scalar.properties.isWhitespace, boundaries.isBoundary(at: index) { return false }
            index += length
        }
        return true
    }

    /// Whether the bytes have a start or end tag of a block element.
    private static func holdsBlockElement(_ text: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let isLetter = { (byte: UInt8) in (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }
        let nameEnds: [UInt8] = [UInt8(ascii: ">"), UInt8(ascii: " "), UInt8(ascii: "/"), UInt8(ascii: "\n"), UInt8(ascii: "\t")]
        var index = text.lowerBound
        while let open = bytes[index..<text.upperBound].firstIndex(of: UInt8(ascii: "<")) {
            var start = open + 1
            if start < text.upperBound, bytes[start] == UInt8(ascii: "/") { start += 1 }
            var end = start
            while end < text.upperBound, isLetter(bytes[end]) || (end > start && (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[end])) {
                end += 1
            }
            if end > start, end == text.upperBound || nameEnds.contains(bytes[end]),
               blockElements.contains(String(decoding: bytes[start..<end].map { $0 | 0x20 }, as: UTF8.self)) {
                return true
            }
            index = open + 1
        }
        return false
    }

    /// One blank-line-separated block: a paragraph with its line breaks kept; as written when
    /// it holds a block element, except the lines of text above its first one, which are a
    /// paragraph of their own (WordPress's rule: "Our pictures:" above a `<ul>`).
    private static func wrap(_ lines: [Range<Int>], of bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        let text = lines[0].lowerBound..<lines[lines.count - 1].upperBound
        guard holdsBlockElement(text, of: bytes) else { return paragraph(lines[...], of: bytes, into: &output) }
        let lead = lines.prefix { !holdsBlockElement($0, of: bytes) }
        let leadIsText = lead.contains { !UTF8Trimming.trimmed($0, of: bytes, in: .whitespacesAndNewlines).isEmpty }
        if !lead.isEmpty, lead.count < lines.count, leadIsText {
            paragraph(lead, of: bytes, into: &output)
            output.append(UInt8(ascii: "\n"))
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lines[lead.count].lowerBound..<text.upperBound]))
        } else {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[text]))
        }
    }

    /// Lines as one paragraph, each trimmed, joined by `<br>`.
    private static func paragraph(_ lines: ArraySlice<Range<Int>>, of bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        output.append(contentsOf: "<p>".utf8)
        for (number, line) in lines.enumerated() {
            if number > 0 { output.append(contentsOf: "<br>\n".utf8) }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[UTF8Trimming.trimmed(line, of: bytes, in: .whitespaces)]))
        }
        output.append(contentsOf: "</p>".utf8)
    }
}

import CMBlogCore
import Foundation

/// Cuts an excerpt out of rendered HTML, reading its UTF-8 bytes.
enum ExcerptSplitter {
    /// The HTML before a `<!--more-->` marker (spaces allowed inside it), with the elements
    /// left open at that point closed; nil when there is no marker.
    static func beforeMoreMarker(in html: String) -> String? {
        var copy = html
        let prefix: String? = copy.withUTF8 { bytes in
            var boundaries = CharacterBoundaries(bytes, text: html)
            return moreMarker(in: bytes, &boundaries).map { String(decoding: bytes[..<$0], as: UTF8.self) }
        }
        guard let prefix else { return nil }
        return UTF8Trimming.trimmedString(Array(prefix.utf8) + closingTags(for: prefix).utf8, in: .whitespacesAndNewlines)
    }

    /// The first `<p>…</p>` of the HTML.
    static func firstParagraph(in html: String) -> String? {
        var copy = html
        return copy.withUTF8 { bytes in
            var boundaries = CharacterBoundaries(bytes, text: html)
            guard let start = boundaries.firstOccurrence(of: "<p>", from: 0) ?? boundaries.firstOccurrence(of: "<p ", from: 0),
                  let end = boundaries.firstOccurrence(of: "</p>", from: start + 3)
            else { return nil }
            return String(decoding: bytes[start..<(end + 4)], as: UTF8.self)
        }
    }

    /// Where the first `<!--more-->` (or `<!-- more -->`) starts.
    private static func moreMarker(in bytes: UnsafeBufferPointer<UInt8>, _ boundaries: inout CharacterBoundaries) -> Int? {
        var searchStart = 0
        while let open = boundaries.firstOccurrence(of: "<!--", from: searchStart) {
            let word = afterWhitespace(open + 4, in: bytes, &boundaries)
            if boundaries.hasCharacters("more", at: word),
               boundaries.hasCharacters("-->", at: afterWhitespace(word + 4, in: bytes, &boundaries))
            {
                return open
            }
            searchStart = open + 4
        }
        return nil
    }

    /// The offset of the first character at or after `offset` that does not start with white space.
    private static func afterWhitespace(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>, _ boundaries: inout CharacterBoundaries) -> Int {
        var index = offset
        while index < bytes.count, UTF8Scalar.decode(bytes, at: index).scalar.properties.isWhitespace {
            index = boundaries.characterEnd(after: index)
        }
        return index
    }

    /// The closing tags, innermost first, of the elements still open at the end of `html`.
    static func closingTags(for html: String) -> String {
        var copy = html
        let open: [String] = copy.withUTF8 { bytes in
            var boundaries = CharacterBoundaries(bytes, text: html)
            var open: [String] = []
            var index = 0
            while let tagStart = boundaries.firstOccurrence(of: "<", from: index) {
                index = tagStart + 1
                if boundaries.hasCharacters("!--", at: index) {
                    guard let end = commentEnd(in: html, from: index) else { break }
                    index = end
                    continue
                }
                guard let tagEnd = boundaries.firstOccurrence(of: ">", from: index) else { break }
                let tag = index..<tagEnd
                index = tagEnd + 1
                let closing = !tag.isEmpty && boundaries.hasCharacters("/", at: tag.lowerBound)
                let name = elementName(in: tag, of: bytes, &boundaries)
                let selfClosing = !tag.isEmpty && bytes[tagEnd - 1] == UInt8(ascii: "/") && boundaries.isBoundary(at: tagEnd - 1)
                guard !name.isEmpty, !selfClosing, !voidElements.contains(name) else { continue }
                if !closing {
                    open.append(name)
                } else if let index = open.lastIndex(of: name) {
                    open.removeSubrange(index...)
                }
            }
            return open
        }
        return open.reversed().map { "</\($0)>" }.joined()
    }

    /// Where the first `-->` at or after `offset` ends, found as Foundation finds it.
    private static func commentEnd(in html: String, from offset: Int) -> Int? {
        let start = html.utf8.index(html.startIndex, offsetBy: offset)
        return html[start...].range(of: "-->").map { html.utf8.distance(from: html.startIndex, to: $0.upperBound) }
    }

    /// The lowercased name at the start of a tag's text, after any `/`: its letters and digits.
    private static func elementName(
        in tag: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, _ boundaries: inout CharacterBoundaries
    ) -> String {
        var index = tag.lowerBound
        while index < tag.upperBound, boundaries.hasCharacters("/", at: index) { index += 1 }
        let start = index
        var isASCII = true
        while index < tag.upperBound {
            let scalar = UTF8Scalar.decode(bytes, at: index).scalar
            guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { break }
            isASCII = isASCII && scalar.isASCII
            index = boundaries.characterEnd(after: index)
        }
        let name = bytes[start..<index]
        guard isASCII else { return String(decoding: name, as: UTF8.self).lowercased() }
        return String(decoding: name.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
}

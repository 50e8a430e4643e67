import Foundation

/// Makes every link of an HTML fragment absolute, as feed readers need: they show content away
/// from the page it belongs to. Works on the fragment's UTF-8 bytes in one pass.
enum AbsoluteLinks {
    /// The attributes whose values are URLs, in lowercase.
    private static let linkAttributes: [[UInt8]] = ["href", "src", "poster", "cite"].map { Array($0.utf8) }

    /// `html` with `href`, `src`, `poster` and `cite` values resolved against `pageURL`. An
    /// attribute counts when whitespace comes before its name, `=` right after it, and its value
    /// is quoted with `"` or `'` and holds neither quote.
    static func resolve(_ html: String, against pageURL: String) -> String {
        guard html.contains("=\"") || html.contains("='"), let base = URL(string: pageURL) else { return html }
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        var copied = 0
        var index = 0
        while index < bytes.count {
            guard isSpace(bytes[index]), let value = quotedLinkValue(in: bytes, after: index) else { index += 1; continue }
            let text = String(decoding: bytes[value], as: UTF8.self)
            let resolved = absolute(text, base: base)
            if resolved != text {
                if output.isEmpty { output.reserveCapacity(bytes.count + 256) }
                output += bytes[copied..<value.lowerBound]
                output += resolved.utf8
                copied = value.upperBound
            }
            index = value.upperBound + 1
        }
        guard copied > 0 else { return html }
        output += bytes[copied...]
        return String(decoding: output, as: UTF8.self)
    }

    /// The range of a link attribute's value when a name of `linkAttributes` starts right after
    /// the whitespace at `space`.
    private static func quotedLinkValue(in bytes: [UInt8], after space: Int) -> Range<Int>? {
        let nameStart = space + 1
        for name in linkAttributes where nameStart + name.count + 2 <= bytes.count {
            guard zip(bytes[nameStart...], name).allSatisfy({ $0 | 0x20 == $1 }) else { continue }
            let equals = nameStart + name.count
            guard bytes[equals] == UInt8(ascii: "=") else { continue }
            let quote = bytes[equals + 1]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { continue }
            let start = equals + 2
            guard let end = bytes[start...].firstIndex(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }),
                  bytes[end] == quote else { return nil }
            return start..<end
        }
        return nil
    }

    /// Whitespace as a regular expression's `\s` reads it in ASCII.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    private static let headingAnchorStart = Array(#"<a class="heading-anchor""#.utf8)
    private static let headingAnchorEnd = Array("#</a>".utf8)

    /// `html` without the `#` anchors the theme puts after headings (see `HeadingAnchors` in
    /// CMBlogMarkdown): in a feed reader they are a stray character.
    static func removingHeadingAnchors(_ html: String) -> String {
        guard html.contains("heading-anchor") else { return html }
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index...].starts(with: headingAnchorStart),
               let close = bytes[(index + headingAnchorStart.count)...].firstIndex(of: UInt8(ascii: ">")),
               bytes[(close + 1)...].starts(with: headingAnchorEnd) {
                index = close + 1 + headingAnchorEnd.count
                continue
            }
            output.append(bytes[index])
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func absolute(_ value: String, base: URL) -> String {
        if value.isEmpty || value.hasPrefix("//") { return value.hasPrefix("//") ? "\(base.scheme ?? "https"):\(value)" : value }
        if hasScheme(value) { return value }
        if value.hasPrefix("#") { return base.absoluteString.split(separator: "#").first.map { "\($0)\(value)" } ?? value }
        return URL(string: value, relativeTo: base)?.absoluteString ?? value
    }

    /// Whether `value` starts with a URL scheme (`https:`, `mailto:`).
    private static func hasScheme(_ value: String) -> Bool {
        var bytes = value.utf8.makeIterator()
        guard let first = bytes.next(), isLetter(first) else { return false }
        while let byte = bytes.next() {
            if byte == UInt8(ascii: ":") { return true }
            guard isLetter(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") else { return false }
        }
        return false
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte | 0x20) }
}

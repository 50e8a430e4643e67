/// A byte-level HTML tokenizer, fast enough to read every page of a large site: it walks the
/// UTF-8 bytes once, never builds a string for text, and gives tag and attribute names
/// lowercased. The content of `script`, `style`, `textarea` and `title` is skipped as raw text.
///
/// It is a reader for checks, not a browser: it follows the tokenization rules of HTML where
/// they matter to find tags, attributes and their places, and never fails on bad input.
public struct HTMLTokenizer: Sendable {
    /// One attribute of a start tag, its value with the common character references decoded.
    public struct Attribute: Sendable, Equatable {
        public let name: String
        public let value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// What the tokenizer found.
    public enum Token: Sendable, Equatable {
        /// `<name …>` at byte `offset`.
        case start(name: String, attributes: [Attribute], selfClosing: Bool, offset: Int)
        /// `</name>` at byte `offset`.
        case end(name: String, offset: Int)
        /// The text between the tags (raw text elements' content included), as a byte range.
        case text(Range<Int>)
    }

    let bytes: [UInt8]
    /// Tags whose content is text up to their own end tag.
    static let rawText: Set<String> = ["script", "style", "textarea", "title"]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Calls `visit` with each token, in order.
    public func forEach(_ visit: (Token) -> Void) {
        let count = bytes.count
        var index = 0
        var textStart = 0
        func flushText(upTo end: Int) {
            if end > textStart { visit(.text(textStart..<end)) }
        }
        while index < count {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < count else { index += 1; continue }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "!") {
                flushText(upTo: index)
                index = skipMarkup(from: index)
                textStart = index
            } else if next == UInt8(ascii: "?") {
                flushText(upTo: index)
                index = skip(past: UInt8(ascii: ">"), from: index)
                textStart = index
            } else if next == UInt8(ascii: "/") {
                guard index + 2 < count, isLetter(bytes[index + 2]) else { index += 1; continue }
                flushText(upTo: index)
                let start = index
                let (name, afterName) = readName(from: index + 2)
                index = skip(past: UInt8(ascii: ">"), from: afterName)
                visit(.end(name: name, offset: start))
                textStart = index
            } else if isLetter(next) {
                flushText(upTo: index)
                let start = index
                let (name, afterName) = readName(from: index + 1)
                let (attributes, selfClosing, after) = readAttributes(from: afterName)
                visit(.start(name: name, attributes: attributes, selfClosing: selfClosing, offset: start))
                index = after
                textStart = index
                if Self.rawText.contains(name) && !selfClosing {
                    let close = findEndTag(name, from: index)
                    flushText(upTo: close)
                    index = close
                    textStart = close
                }
            } else {
                index += 1
            }
        }
        flushText(upTo: count)
    }

    /// Every token, in order (for tests and small documents).
    public var tokens: [Token] {
        var tokens: [Token] = []
        forEach { tokens.append($0) }
        return tokens
    }

    private func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    private func skip(past byte: UInt8, from start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] != byte { index += 1 }
        return min(index + 1, bytes.count)
    }

    /// Comments (`<!-- … -->`), the doctype and CDATA sections.
    private func skipMarkup(from start: Int) -> Int {
        if matches("<!--", at: start) { return skip(past: "-->", from: start + 4) }
        if matches("<![CDATA[", at: start) { return skip(past: "]]>", from: start + 9) }
        return skip(past: UInt8(ascii: ">"), from: start)
    }

    /// The index after the first `terminator` from `start`, or the end of the document.
    private func skip(past terminator: StaticString, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            if matches(terminator, at: index) { return index + terminator.utf8CodeUnitCount }
            index += 1
        }
        return bytes.count
    }

    private func matches(_ text: StaticString, at start: Int) -> Bool {
        text.withUTF8Buffer { pattern in
            guard start + pattern.count <= bytes.count else { return false }
            for offset in 0..<pattern.count where bytes[start + offset] != pattern[offset] { return false }
            return true
        }
    }

    /// A tag or attribute name, lowercased, and the index after it.
    private func readName(from start: Int) -> (String, Int) {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") { break }
            index += 1
        }
        let lowered = bytes[start..<index].map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }
        return (String(decoding: lowered, as: UTF8.self), index)
    }

    private func readAttributes(from start: Int) -> ([Attribute], Bool, Int) {
        var attributes: [Attribute] = []
        var index = start
        var selfClosing = false
        while index < bytes.count {
            let byte = bytes[index]
            if isSpace(byte) { index += 1; continue }
            if byte == UInt8(ascii: ">") { return (attributes, selfClosing, index + 1) }
            if byte == UInt8(ascii: "/") { selfClosing = true; index += 1; continue }
            selfClosing = false
            let (name, afterName) = readName(from: index)
            index = afterName == index ? index + 1 : afterName
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
                if !name.isEmpty { attributes.append(Attribute(name: name, value: "")) }
                continue
            }
            index += 1
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { break }
            let valueStart: Int, valueEnd: Int
            let quote = bytes[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                valueStart = index + 1
                var end = valueStart
                while end < bytes.count, bytes[end] != quote { end += 1 }
                valueEnd = end
                index = min(end + 1, bytes.count)
            } else {
                valueStart = index
                var end = index
                while end < bytes.count, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: ">") { end += 1 }
                valueEnd = end
                index = end
            }
            attributes.append(Attribute(name: name, value: HTMLTokenizer.decode(bytes[valueStart..<valueEnd])))
        }
        return (attributes, selfClosing, index)
    }

    /// The offset of `</name` closing a raw text element, or the end of the document.
    private func findEndTag(_ name: String, from start: Int) -> Int {
        let pattern = Array(name.utf8)
        var index = start
        while index + 1 + pattern.count < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "/") {
                var same = true
                for (offset, byte) in pattern.enumerated() where bytes[index + 2 + offset] | 0x20 != byte {
                    same = false
                    break
                }
                if same { return index }
            }
            index += 1
        }
        return bytes.count
    }

    /// Text with the character references that occur in attribute values decoded: the five
    /// named ones of XML and numeric ones.
    public static func decode(_ slice: ArraySlice<UInt8>) -> String {
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        let text = String(decoding: slice, as: UTF8.self)
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semicolon = after.prefix(10).firstIndex(of: ";") else {
                result += "&"
                rest = after
                continue
            }
            let name = after[..<semicolon]
            let decoded: String? = switch name {
            case "amp": "&"
            case "lt": "<"
            case "gt": ">"
            case "quot": "\""
            case "apos": "'"
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if name.hasPrefix("#") {
                    UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else {
                    nil
                }
            }
            if let decoded {
                result += decoded
                rest = after[after.index(after: semicolon)...]
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }
}

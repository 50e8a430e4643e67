/// Keys and one-line scalars, scanned by the rules of libyaml's scanner (`scanner.c`) for the
/// block context, so the texts are the ones Yams gives.
extension BlockYAMLReader {
    /// The key whose text starts at `offset` of the current line, when a `:` followed by a space
    /// or the end of the line closes it; nil when the line holds no key there.
    func scanKey(at offset: Int) throws(Unsupported) -> Key? {
        let end = lines.end(of: line)
        let text: String
        var colon: Int
        switch bytes[offset] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            let quoted = try scanQuoted(at: offset)
            text = quoted.text
            colon = skipSpaces(from: quoted.end)
            guard colon < end, bytes[colon] == UInt8(ascii: ":"), colon + 1 == end || bytes[colon + 1] == UInt8(ascii: " ") else {
                return nil
            }
        default:
            guard canStartPlain(at: offset), let found = plainEnd(from: offset), found.atColon else { return nil }
            colon = found.offset
            text = String(decoding: bytes[offset..<trimmingSpaces(offset, colon)], as: UTF8.self)
        }
        // libyaml drops a key candidate more than 1024 characters before its `:`.
        guard colon - offset <= 1000 else { throw Unsupported() }
        return Key(text: text, end: colon + 1)
    }

    /// Reads the plain scalar at `offset` and the lines that go on with it (indented deeper than
    /// `parentIndent`, up to a comment line or a line indented less), folded as libyaml folds
    /// them: a line break becomes a space, each empty line in between a line break; moves to the
    /// line after it. A `: ` in it would start a mapping where none may be, and a comment in the
    /// middle of it would end it early: both are left to Yams.
    mutating func readPlainValue(at offset: Int, parentIndent: Int) throws(Unsupported) -> String {
        let first = try plainLine(from: offset)
        guard !first.atComment else {
            line += 1
            return String(decoding: bytes[offset..<first.end], as: UTF8.self)
        }
        var text: [UInt8] = []
        var next = line + 1
        var breaks = 0
        while next < lines.count {
            let indent = lines.indent(of: next)
            let start = lines.starts[next] + indent
            if start == lines.end(of: next) {
                breaks += 1
                next += 1
                continue
            }
            guard indent > parentIndent, bytes[start] != UInt8(ascii: "#") else { break }
            if text.isEmpty { text += bytes[offset..<first.end] }
            line = next
            let part = try plainLine(from: start)
            guard !part.atComment else { throw Unsupported() }
            text += breaks == 0 ? [UInt8(ascii: " ")] : Array(repeating: 0x0A, count: breaks)
            text += bytes[start..<part.end]
            breaks = 0
            next += 1
        }
        line += 1
        return text.isEmpty ? String(decoding: bytes[offset..<first.end], as: UTF8.self) : String(decoding: text, as: UTF8.self)
    }

    /// Where the plain text from `offset` on the current line ends, without trailing spaces, and
    /// whether a comment follows it.
    private func plainLine(from offset: Int) throws(Unsupported) -> (end: Int, atComment: Bool) {
        guard let found = plainEnd(from: offset), !found.atColon else { throw Unsupported() }
        return (trimmingSpaces(offset, found.offset), found.offset < lines.end(of: line))
    }

    /// Where the plain scalar from `offset` stops on the current line: at a `:` followed by a
    /// space or the line's end, at a ` #` comment, or at the end of the line.
    private func plainEnd(from offset: Int) -> (offset: Int, atColon: Bool)? {
        let end = lines.end(of: line)
        var index = offset
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: ":") where index + 1 == end || bytes[index + 1] == UInt8(ascii: " "):
                return (index, true)
            case UInt8(ascii: "#") where bytes[index - 1] == UInt8(ascii: " "):
                return (index, false)
            default:
                index += 1
            }
        }
        return (end, false)
    }

    /// `end` moved back over the spaces before it, not past `start`.
    private func trimmingSpaces(_ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        return end
    }

    /// Whether a plain scalar may start at `offset`: not with an indicator, and with `-`, `?` or
    /// `:` only when a character other than a space follows.
    func canStartPlain(at offset: Int) -> Bool {
        let next = offset + 1 < lines.end(of: line) ? bytes[offset + 1] : nil
        switch bytes[offset] {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
            return next != nil && next != UInt8(ascii: " ")
        case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
             UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "`"), UInt8(ascii: " "):
            return false
        default:
            return true
        }
    }

    /// The text of the single- or double-quoted scalar whose quote is at `offset`, and the offset
    /// past its closing quote; one that goes on to the next line is left to Yams.
    func scanQuoted(at offset: Int) throws(Unsupported) -> (text: String, end: Int) {
        let quote = bytes[offset]
        let end = lines.end(of: line)
        var text: [UInt8] = []
        var copied = offset + 1
        var index = offset + 1
        while index < end {
            let byte = bytes[index]
            if quote == UInt8(ascii: "'"), byte == quote, index + 1 < end, bytes[index + 1] == quote {
                text += bytes[copied...index]
                index += 2
                copied = index
            } else if byte == quote {
                guard copied > offset + 1 else { return (String(decoding: bytes[copied..<index], as: UTF8.self), index + 1) }
                text += bytes[copied..<index]
                return (String(decoding: text, as: UTF8.self), index + 1)
            } else if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                text += bytes[copied..<index]
                index = try appendEscape(at: index, lineEnd: end, to: &text)
                copied = index
            } else {
                index += 1
            }
        }
        throw Unsupported()
    }

    /// Appends the character of the double-quoted escape at `offset` (its `\`) to `text`, as
    /// libyaml decodes it, and returns the offset past it. An escaped line break, an unknown
    /// escape or an invalid code point are left to Yams.
    private func appendEscape(at offset: Int, lineEnd: Int, to text: inout [UInt8]) throws(Unsupported) -> Int {
        guard offset + 1 < lineEnd else { throw Unsupported() }
        let digits: Int
        switch bytes[offset + 1] {
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        default:
            guard let character = Self.escapes[bytes[offset + 1]] else { throw Unsupported() }
            text += character
            return offset + 2
        }
        guard offset + 2 + digits <= lineEnd else { throw Unsupported() }
        let hex = bytes[(offset + 2)..<(offset + 2 + digits)]
        // `UInt32(_:radix:)` alone would take a sign too.
        guard hex.allSatisfy({ Character(Unicode.Scalar($0)).isHexDigit }),
              let value = UInt32(String(decoding: hex, as: UTF8.self), radix: 16), let scalar = Unicode.Scalar(value) else {
            throw Unsupported()
        }
        Unicode.UTF8.encode(scalar) { text.append($0) }
        return offset + 2 + digits
    }

    /// The one-character escapes of double-quoted scalars, and the UTF-8 of what they stand for.
    private static let escapes: [UInt8: [UInt8]] = [
        UInt8(ascii: "0"): [0x00], UInt8(ascii: "a"): [0x07], UInt8(ascii: "b"): [0x08], UInt8(ascii: "t"): [0x09],
        UInt8(ascii: "n"): [0x0A], UInt8(ascii: "v"): [0x0B], UInt8(ascii: "f"): [0x0C], UInt8(ascii: "r"): [0x0D],
        UInt8(ascii: "e"): [0x1B], UInt8(ascii: " "): [0x20], UInt8(ascii: "\""): [0x22], UInt8(ascii: "/"): [0x2F],
        UInt8(ascii: "\\"): [0x5C], UInt8(ascii: "N"): [0xC2, 0x85], UInt8(ascii: "_"): [0xC2, 0xA0],
        UInt8(ascii: "L"): [0xE2, 0x80, 0xA8], UInt8(ascii: "P"): [0xE2, 0x80, 0xA9],
    ]
}

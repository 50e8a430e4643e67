/// The UTF-8 bytes of a YAML document cut into lines, for `BlockYAMLReader`, once the bytes are
/// known to hold nothing the reader leaves to libyaml.
///
/// Refused (nil): tabs, carriage returns and every other control character, the byte order mark,
/// the characters YAML 1.1 counts as line breaks besides `\n` (NEL, LS, PS), U+FFFE and U+FFFF
/// (which libyaml rejects), and a `---` or `...` line other than one `---` before any content.
/// With these gone, a line ends at `\n` only, indentation is spaces only, and every byte libyaml
/// would complain about is out of the way.
struct BlockYAMLLines {
    let bytes: [UInt8]
    /// Offset of the first byte of each line; a text ending with `\n` has an empty last line.
    private(set) var starts: [Int] = [0]

    init?(_ text: String) {
        bytes = Array(text.utf8)
        var contentSeen = false
        var markerSeen = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                starts.append(index + 1)
            } else if byte < 0x20 || byte == 0x7F {
                return nil
            } else if byte >= 0x80, Self.isRefusedCharacter(at: index, in: bytes) {
                return nil
            } else if index == starts[starts.count - 1] {
                switch Self.lineKind(at: index, in: bytes) {
                case .documentMarker where contentSeen || markerSeen || bytes[index] == UInt8(ascii: "."): return nil
                case .documentMarker: markerSeen = true
                case .blankOrComment: break
                case .content: contentSeen = true
                }
            }
            index += 1
        }
    }

    var count: Int { starts.count }

    /// The offset of the `\n` ending `line`, or the end of the text for the last line.
    func end(of line: Int) -> Int {
        line + 1 < starts.count ? starts[line + 1] - 1 : bytes.count
    }

    /// Whether `line` ends with a line break (every line but the last).
    func hasBreak(_ line: Int) -> Bool { line + 1 < starts.count }

    /// The number of spaces that start `line`.
    func indent(of line: Int) -> Int {
        let start = starts[line], end = end(of: line)
        var offset = start
        while offset < end, bytes[offset] == UInt8(ascii: " ") { offset += 1 }
        return offset - start
    }

    /// Whether `line` holds only spaces, or spaces and a comment.
    func isBlankOrComment(_ line: Int) -> Bool {
        let offset = starts[line] + indent(of: line)
        return offset == end(of: line) || bytes[offset] == UInt8(ascii: "#")
    }

    /// Whether `line` is a `---` line (the only document marker let through, before any content).
    func isDocumentStart(_ line: Int) -> Bool {
        Self.lineKind(at: starts[line], in: bytes) == .documentMarker
    }

    /// The 1-based column of `offset` in `line`, counted in characters as libyaml counts them.
    func column(of offset: Int, in line: Int) -> Int {
        var column = 1
        for byte in bytes[starts[line]..<offset] where byte & 0xC0 != 0x80 { column += 1 }
        return column
    }

    /// What a line is, seen from its first byte.
    private enum LineKind { case documentMarker, blankOrComment, content }

    private static func lineKind(at start: Int, in bytes: [UInt8]) -> LineKind {
        var offset = start
        while offset < bytes.count, bytes[offset] == UInt8(ascii: " ") { offset += 1 }
        if offset == bytes.count || bytes[offset] == 0x0A || bytes[offset] == UInt8(ascii: "#") { return .blankOrComment }
        guard offset == start, start + 3 <= bytes.count else { return .content }
        let marker = bytes[start]
        guard marker == UInt8(ascii: "-") || marker == UInt8(ascii: "."),
              bytes[start + 1] == marker, bytes[start + 2] == marker else { return .content }
        return start + 3 == bytes.count || bytes[start + 3] == 0x0A || bytes[start + 3] == UInt8(ascii: " ") ? .documentMarker : .content
    }

    /// Whether the character starting at `index` (a lead byte of a multi-byte character) is one
    /// of U+0080–U+009F, U+2028, U+2029, U+FEFF, U+FFFE or U+FFFF.
    private static func isRefusedCharacter(at index: Int, in bytes: [UInt8]) -> Bool {
        switch bytes[index] {
        case 0xC2:
            return bytes[index + 1] < 0xA0
        case 0xE2:
            return bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
        case 0xEF:
            return (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF) || (bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE)
        default:
            return false
        }
    }
}

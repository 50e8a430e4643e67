/// One-line flow lists and mappings of scalars, as front matter (`tags: ["café", lyon]`),
/// empty comment threads (`comments: []`) and `cmblog backfeed` (`mastodon: {reposts: 12,
/// likes: 40}`) write them. Nested flow collections, a key without a value, a trailing comma,
/// or a collection over several lines are left to Yams.
extension BlockYAMLReader {
    /// The list or mapping whose `[` or `{` is at `offset` of the current line, and the offset
    /// past its closing bracket.
    func scanFlowCollection(at offset: Int) throws(Unsupported) -> (value: YAMLValue, end: Int) {
        let end = lines.end(of: line)
        let isMapping = bytes[offset] == UInt8(ascii: "{")
        let close = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
        let start = (line: line + firstLine, column: lines.column(of: offset, in: line))
        var items: [YAMLValue] = []
        var entries: [YAMLEntry] = []
        var keys: Set<String> = []
        var index = skipSpaces(from: offset + 1)
        var closed = index < end && bytes[index] == close
        while !closed {
            let item = try scanFlowScalar(at: index)
            index = skipSpaces(from: item.end)
            if isMapping {
                guard case .scalar(let key, _) = item.value.kind, keys.insert(key).inserted, index + 1 < end,
                      bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == UInt8(ascii: " ") else { throw Unsupported() }
                let value = try scanFlowScalar(at: skipSpaces(from: index + 1))
                entries.append(YAMLEntry(key: key, keyLine: start.line, keyColumn: item.value.column, value: value.value))
                index = skipSpaces(from: value.end)
            } else {
                items.append(item.value)
            }
            guard index < end, bytes[index] == UInt8(ascii: ",") || bytes[index] == close else { throw Unsupported() }
            closed = bytes[index] == close
            if !closed { index = skipSpaces(from: index + 1) }
        }
        let kind: YAMLValue.Kind = isMapping ? .mapping(entries) : .sequence(items)
        return (YAMLValue(kind, line: start.line, column: start.column), index + 1)
    }

    /// The quoted or plain scalar at `offset` inside a flow collection, and where it stops.
    private func scanFlowScalar(at offset: Int) throws(Unsupported) -> (value: YAMLValue, end: Int) {
        guard offset < lines.end(of: line) else { throw Unsupported() }
        let column = lines.column(of: offset, in: line)
        if bytes[offset] == UInt8(ascii: "\"") || bytes[offset] == UInt8(ascii: "'") {
            let quoted = try scanQuoted(at: offset)
            return (YAMLValue(.scalar(quoted.text, plain: false), line: line + firstLine, column: column), quoted.end)
        }
        let plain = try scanFlowPlain(at: offset)
        return (YAMLValue(.scalar(plain.text, plain: true), line: line + firstLine, column: column), plain.end)
    }

    /// The text of the plain scalar at `offset` inside a flow collection, without trailing
    /// spaces, and where it stops: at `,`, a bracket, or a `:` followed by a space. `?` and `:`
    /// at its start, a `:` before a flow indicator, a comment or the end of the line are left
    /// to Yams.
    private func scanFlowPlain(at offset: Int) throws(Unsupported) -> (text: String, end: Int) {
        let first = bytes[offset]
        guard canStartPlain(at: offset), first != UInt8(ascii: "?"), first != UInt8(ascii: ":") else { throw Unsupported() }
        let end = lines.end(of: line)
        var index = offset
        scan: while index < end {
            switch bytes[index] {
            case UInt8(ascii: ":"):
                guard index + 1 < end, !Self.flowIndicators.contains(bytes[index + 1]) else { throw Unsupported() }
                if bytes[index + 1] == UInt8(ascii: " ") { break scan }
            case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                break scan
            case UInt8(ascii: "#") where bytes[index - 1] == UInt8(ascii: " "):
                throw Unsupported()
            default:
                break
            }
            index += 1
        }
        guard index < end else { throw Unsupported() }
        var trimmed = index
        while bytes[trimmed - 1] == UInt8(ascii: " ") { trimmed -= 1 }
        return (String(decoding: bytes[offset..<trimmed], as: UTF8.self), index)
    }

    /// What libyaml refuses right after a `:` inside a flow plain scalar.
    private static let flowIndicators: Set<UInt8> = Set(",?[]{}".utf8)
}

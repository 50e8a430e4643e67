/// Reads the block-style YAML that cmblog's files are written in (front matter, comment
/// threads, authors, settings) straight from its bytes into the `YAMLValue` tree that Yams
/// gives for the same text: the same values, scalar texts, styles, lines and columns.
///
/// It knows block mappings and sequences (with sequences written level with their key), plain
/// scalars (over several lines too), one-line single- and double-quoted scalars, literal and
/// folded block scalars, one-line flow lists and mappings of scalars, comments, blank lines and
/// a `---` first line. For anything else (anchors, aliases, tags, nested or multi-line flow
/// collections, explicit keys, a quoted scalar over several lines, duplicated keys, tabs, any
/// error) it returns nil, and the caller reads the text with Yams, which says what is wrong.
struct BlockYAMLReader {
    /// Thrown for anything the reader leaves to Yams.
    struct Unsupported: Error {}

    /// A mapping key read up to its `:`.
    struct Key {
        let text: String
        /// The offset just past the `:`.
        let end: Int
    }

    /// Lists and mappings nested deeper than this are left to Yams, which refuses nesting past
    /// `YAMLExpansionLimit.maximumDepth`.
    static let maximumDepth = 50

    let lines: BlockYAMLLines
    /// The file line of the text's first line.
    let firstLine: Int
    /// The 0-based line the reader is at.
    var line = 0
    var depth = 0

    /// The value of `text`, or nil when it holds anything the reader leaves to Yams.
    /// - Parameter firstLine: The file line on which `text` starts.
    static func read(_ text: String, firstLine: Int) -> YAMLValue? {
        guard let lines = BlockYAMLLines(text) else { return nil }
        var reader = BlockYAMLReader(lines: lines, firstLine: firstLine)
        return try? reader.readDocument()
    }

    /// The text's UTF-8 bytes.
    var bytes: [UInt8] { lines.bytes }

    private mutating func readDocument() throws(Unsupported) -> YAMLValue {
        skipBlankAndCommentLines()
        if line < lines.count, lines.isDocumentStart(line) {
            // What follows `---` on its line must be nothing or a comment.
            try expectLineEnd(from: lines.starts[line] + 3)
            line += 1
            skipBlankAndCommentLines()
            guard line < lines.count else { throw Unsupported() }
        }
        guard line < lines.count else { return YAMLValue(.mapping([]), line: firstLine, column: 1) }
        let indent = lines.indent(of: line)
        let root = try readCollection(at: lines.starts[line] + indent)
        guard line == lines.count else { throw Unsupported() }
        return root
    }

    /// Reads the list or mapping that starts at `offset` of the current line.
    private mutating func readCollection(at offset: Int) throws(Unsupported) -> YAMLValue {
        if isSequenceEntry(at: offset) { return try readSequence(at: offset, levelWithKey: false) }
        guard let key = try scanKey(at: offset) else { throw Unsupported() }
        return try readMapping(from: key, at: offset)
    }

    /// Reads the value that starts at `offset` of the current line, after a `-` or on a line of
    /// its own below its key or `-`, in a collection indented by `parentIndent`: a list, a
    /// mapping or a scalar.
    private mutating func readNode(at offset: Int, parentIndent: Int) throws(Unsupported) -> YAMLValue {
        if isSequenceEntry(at: offset) { return try readSequence(at: offset, levelWithKey: false) }
        if let key = try scanKey(at: offset) { return try readMapping(from: key, at: offset) }
        return try readInlineValue(at: offset, parentIndent: parentIndent)
    }

    /// Reads a block sequence whose first `-` is at `offset`; `levelWithKey` when it is written at
    /// the indentation of the key it belongs to, where the next key ends it.
    private mutating func readSequence(at offset: Int, levelWithKey: Bool) throws(Unsupported) -> YAMLValue {
        try enterCollection()
        defer { depth -= 1 }
        let indent = offset - lines.starts[line]
        let start = (line: line, column: indent + 1)
        var items: [YAMLValue] = []
        var dash = offset
        while true {
            items.append(try readSequenceItem(dash: dash, indent: indent))
            guard line < lines.count else { break }
            let next = lines.indent(of: line)
            let nextStart = lines.starts[line] + next
            if next == indent, isSequenceEntry(at: nextStart) {
                dash = nextStart
            } else if next < indent || (levelWithKey && next == indent) {
                break
            } else {
                throw Unsupported()
            }
        }
        return YAMLValue(.sequence(items), line: start.line + firstLine, column: start.column)
    }

    /// Reads the item after the `-` at `dash`, in a sequence indented by `indent`.
    private mutating func readSequenceItem(dash: Int, indent: Int) throws(Unsupported) -> YAMLValue {
        let dashLine = line
        let offset = skipSpaces(from: dash + 1)
        if offset < lines.end(of: line), bytes[offset] != UInt8(ascii: "#") {
            return try readNode(at: offset, parentIndent: indent)
        }
        line += 1
        skipBlankAndCommentLines()
        if line < lines.count, lines.indent(of: line) > indent {
            return try readNode(at: lines.starts[line] + lines.indent(of: line), parentIndent: indent)
        }
        // libyaml places an empty item just past its `-`.
        return YAMLValue(.scalar("", plain: true), line: dashLine + firstLine, column: indent + 2)
    }

    /// Reads a block mapping whose first key, `first`, starts at `offset` of the current line.
    private mutating func readMapping(from first: Key, at offset: Int) throws(Unsupported) -> YAMLValue {
        try enterCollection()
        defer { depth -= 1 }
        let indent = offset - lines.starts[line]
        let start = line
        var entries: [YAMLEntry] = []
        var keys: Set<String> = []
        var key = first
        while true {
            // Yams refuses some duplicates and not others (by tag); either way, its answer stands.
            guard keys.insert(key.text).inserted else { throw Unsupported() }
            let keyLine = line
            let value = try readValue(of: key, indent: indent)
            entries.append(YAMLEntry(key: key.text, keyLine: keyLine + firstLine, keyColumn: indent + 1, value: value))
            guard line < lines.count else { break }
            let next = lines.indent(of: line)
            if next < indent { break }
            guard next == indent, let nextKey = try scanKey(at: lines.starts[line] + next) else { throw Unsupported() }
            key = nextKey
        }
        return YAMLValue(.mapping(entries), line: start + firstLine, column: indent + 1)
    }

    /// Reads the value of `key`, in a mapping indented by `indent`: on the key's line, or on the
    /// lines below it.
    private mutating func readValue(of key: Key, indent: Int) throws(Unsupported) -> YAMLValue {
        let offset = skipSpaces(from: key.end)
        if offset < lines.end(of: line), bytes[offset] != UInt8(ascii: "#") {
            return try readInlineValue(at: offset, parentIndent: indent)
        }
        // libyaml places an empty value just past its `:`.
        let empty = (line: line + firstLine, column: lines.column(of: key.end, in: line))
        line += 1
        skipBlankAndCommentLines()
        if line < lines.count {
            let next = lines.indent(of: line)
            let nextStart = lines.starts[line] + next
            if next > indent { return try readNode(at: nextStart, parentIndent: indent) }
            if next == indent, isSequenceEntry(at: nextStart) { return try readSequence(at: nextStart, levelWithKey: true) }
        }
        return YAMLValue(.scalar("", plain: true), line: empty.line, column: empty.column)
    }

    /// Reads the scalar, or the one-line flow list, that starts at `offset` of the current line,
    /// in a collection indented by `parentIndent`, and moves to the next line that holds something.
    private mutating func readInlineValue(at offset: Int, parentIndent: Int) throws(Unsupported) -> YAMLValue {
        let start = (line: line + firstLine, column: lines.column(of: offset, in: line))
        let text: String
        let plain: Bool
        switch bytes[offset] {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            let flow = try scanFlowCollection(at: offset)
            try expectLineEnd(from: flow.end)
            line += 1
            skipBlankAndCommentLines()
            return flow.value
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            let quoted = try scanQuoted(at: offset)
            try expectLineEnd(from: quoted.end)
            (text, plain) = (quoted.text, false)
            line += 1
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            (text, plain) = (try readBlockScalar(at: offset, parentIndent: parentIndent), false)
        default:
            guard canStartPlain(at: offset) else { throw Unsupported() }
            (text, plain) = (try readPlainValue(at: offset, parentIndent: parentIndent), true)
        }
        skipBlankAndCommentLines()
        return YAMLValue(.scalar(text, plain: plain), line: start.line, column: start.column)
    }

    private mutating func enterCollection() throws(Unsupported) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw Unsupported() }
    }

    // MARK: - Lines

    /// Whether a block sequence entry (`-` then a space or the end of the line) is at `offset`.
    func isSequenceEntry(at offset: Int) -> Bool {
        guard bytes[offset] == UInt8(ascii: "-") else { return false }
        return offset + 1 == lines.end(of: line) || bytes[offset + 1] == UInt8(ascii: " ")
    }

    /// The first offset from `offset` on the current line that is not a space.
    func skipSpaces(from offset: Int) -> Int {
        let end = lines.end(of: line)
        var offset = offset
        while offset < end, bytes[offset] == UInt8(ascii: " ") { offset += 1 }
        return offset
    }

    /// Checks that the current line holds nothing from `offset` but spaces and a comment.
    func expectLineEnd(from offset: Int) throws(Unsupported) {
        let rest = skipSpaces(from: offset)
        guard rest == lines.end(of: line) || (rest > offset && bytes[rest] == UInt8(ascii: "#")) else { throw Unsupported() }
    }

    private mutating func skipBlankAndCommentLines() {
        while line < lines.count, lines.isBlankOrComment(line) { line += 1 }
    }
}

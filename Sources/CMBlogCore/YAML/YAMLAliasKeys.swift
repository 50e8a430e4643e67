import Foundation

/// Finds, before a document is parsed, a mapping key that could hold an alias: an alias used as
/// a key (`*name:`), an explicit key (`? …`) or a list or mapping used as a key (`[…]: …`).
/// The YAML reader compares every key of a mapping with the others while it reads, and an
/// aliased key would be walked whole each time, however far its anchor expands; cmblog refuses
/// such keys in any document that has both anchors and aliases (no file of cmblog needs them).
enum YAMLAliasKeys {
    /// The 1-based line of the first such key, or nil. Block scalars (`|`, `>`) are text, not
    /// YAML, and are skipped.
    static func firstLine(in text: String) -> Int? {
        guard mayHold(UInt8(ascii: "&"), in: text), mayHold(UInt8(ascii: "*"), in: text),
              text.range(of: anchor, options: .regularExpression) != nil, text.range(of: alias, options: .regularExpression) != nil else {
            return nil
        }
        var blockScalarIndent: Int?
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = line.prefix(while: { $0 == " " }).count
            if let parent = blockScalarIndent {
                if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) || indent > parent { continue }
                blockScalarIndent = nil
            }
            if [aliasKey, explicitKey, collectionKey].contains(where: { line.range(of: $0, options: .regularExpression) != nil }) {
                return number + 1
            }
            if line.range(of: blockScalarStart, options: .regularExpression) != nil { blockScalarIndent = indent }
        }
        return nil
    }

    /// Whether `marker` (`&` or `*`) appears where `anchor` or `alias` could match it: a quick
    /// pass over the bytes that spares most documents the regular expressions. A byte of a
    /// non-ASCII character counts as a possible space before the marker and as a possible name
    /// after it, so this never says no where the expression would say yes.
    private static func mayHold(_ marker: UInt8, in text: String) -> Bool {
        var previous: UInt8?
        var found = false
        for byte in text.utf8 {
            if found, !bytesNotInName.contains(byte) { return true }
            found = byte == marker && previous.map { $0 >= 0x80 || bytesBeforeMarker.contains($0) } ?? true
            previous = byte
        }
        return false
    }

    private static let bytesBeforeMarker = Set("\t\n\r\u{0B}\u{0C} [{,:-".utf8)
    private static let bytesNotInName = Set("\t\n\r\u{0B}\u{0C} ,[]{}".utf8)

    /// An anchor or an alias where a value starts: `&name`, `*name`.
    private static let anchor = #"(^|[\s\[{,:-])&[^\s,\[\]{}]"#
    private static let alias = #"(^|[\s\[{,:-])\*[^\s,\[\]{}]"#
    /// `*name` where a key starts, followed by `:`.
    private static let aliasKey = #"(^|[\s\[{,])\*[^\s,\[\]{}]+[ \t]*:(\s|$)"#
    /// The explicit key mark `?` where a node starts.
    private static let explicitKey = #"(^|[\[{,]|-[ \t])[ \t]*\?([ \t]|\r?$)"#
    /// A list or a mapping written as a key: `]` or `}` followed by `:`.
    private static let collectionKey = #"[\]}][ \t]*:([ \t]|\r?$)"#
    /// A line whose value is a block scalar: `key: |`, `- >-`, with an optional comment.
    private static let blockScalarStart = #"(:|^\s*-)[ \t]+[|>][0-9+-]*[ \t]*(#.*)?\r?$"#
}

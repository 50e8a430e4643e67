import Foundation

/// Finds an alias used as a mapping key (`*name:` or `? *name`) before the document is parsed.
/// cmblog refuses such keys: the YAML reader compares every key of a mapping with the others,
/// and an aliased key would be walked whole each time, however far its anchor expands.
enum YAMLAliasKeys {
    /// The 1-based line of the first alias used as a key, or nil. Block scalars (`|`, `>`) are
    /// text, not YAML, and are skipped; a document without anchors (`&name`) has no aliases.
    static func firstLine(in text: String) -> Int? {
        guard text.contains("&"), text.contains("*") else { return nil }
        var blockScalarIndent: Int?
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = line.prefix(while: { $0 == " " }).count
            if let parent = blockScalarIndent {
                if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) || indent > parent { continue }
                blockScalarIndent = nil
            }
            if line.range(of: aliasKey, options: .regularExpression) != nil { return number + 1 }
            if line.range(of: blockScalarStart, options: .regularExpression) != nil { blockScalarIndent = indent }
        }
        return nil
    }

    /// `*name` where a key starts, followed by `:`; or `*name` after the explicit key mark `?`.
    private static let aliasKey = #"(^|[\s\[{,])\*[A-Za-z0-9_-]+[ \t]*:(\s|$)|(^|[\s\[{,])\?[ \t]+\*[A-Za-z0-9_-]"#
    /// A line whose value is a block scalar: `key: |`, `- >-`, with an optional comment.
    private static let blockScalarStart = #"(:|^\s*-)[ \t]+[|>][0-9+-]*[ \t]*(#.*)?\r?$"#
}

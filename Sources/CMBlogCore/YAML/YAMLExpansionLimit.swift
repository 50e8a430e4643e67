import Foundation

import Yams

/// Bounds what one YAML document may grow into through anchors and aliases (`&a` … `*a`), so a
/// few lines that repeat an anchor inside itself ("billion laughs") cannot take all memory or
/// time. Without aliases a document never reaches these bounds: they scale with its own size.
struct YAMLExpansionLimit {
    /// Values (scalars, lists, mappings) the document may hold once aliases are expanded.
    let maximumValues: Int
    /// Bytes of scalar text it may hold once aliases are expanded.
    let maximumTextBytes: Int
    /// Lists and mappings nested inside one another.
    let maximumDepth = 100

    private(set) var values = 0
    /// Positions of the values met so far: a value met again at the same position was reached
    /// through an alias (the reader shares the anchored value, it keeps no trace of the alias).
    private var positions: Set<Int> = []
    private(set) var textBytes = 0
    /// Whether the text may hold an alias at all (a `*`); positions are kept only then, since
    /// without one no value can be met twice, and this runs for every value of every file.
    private let mayHoldAliases: Bool

    init(source: String) {
        maximumValues = source.utf8.count + 10_000
        maximumTextBytes = 2 * source.utf8.count + 64 * 1024
        mayHoldAliases = source.utf8.contains(UInt8(ascii: "*"))
    }

    /// Counts `node` (without its children) at `depth`.
    /// - Returns: Why the document is refused, or nil while it stays within bounds.
    mutating func count(_ node: Node, depth: Int) -> String? {
        values += 1
        if case .scalar(let scalar) = node { textBytes += scalar.string.utf8.count }
        if depth > maximumDepth {
            return "values nested more than \(maximumDepth) levels deep"
        }
        if values > maximumValues || textBytes > maximumTextBytes {
            return "its aliases (`*name`) repeat anchored values beyond \(maximumValues) values or \(maximumTextBytes / 1024) KB of text; write the values out, or use fewer aliases"
        }
        return nil
    }

    /// Whether `node` was met before, that is, is reached again through an alias.
    mutating func isRepeat(of node: Node) -> Bool {
        guard mayHoldAliases, let mark = node.mark else { return false }
        return !positions.insert(mark.line << 24 | mark.column).inserted
    }
}

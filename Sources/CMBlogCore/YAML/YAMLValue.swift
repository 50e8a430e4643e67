import Foundation

/// A YAML value that remembers where it was written, so errors about it can name the line.
///
/// Scalars keep their text as written; typed readers (`string`, `bool`, `int`, …) interpret
/// it the way YAML 1.1 and its common writers (WordPress exporters, Jekyll) mean it.
public struct YAMLValue: Sendable, Equatable {
    /// The shape of a value.
    public enum Kind: Sendable, Equatable {
        /// A scalar as written; `plain` is false when it was quoted or a block scalar.
        case scalar(String, plain: Bool)
        case sequence([YAMLValue])
        case mapping([YAMLEntry])
    }

    public let kind: Kind
    /// 1-based line in the file (not in the YAML block).
    public let line: Int
    /// 1-based column.
    public let column: Int

    public init(_ kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }

    /// Whether this is a null (`~`, `null`, or nothing at all).
    public var isNull: Bool {
        guard case .scalar(let text, plain: true) = kind else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// The text of a non-null scalar.
    public var string: String? {
        guard case .scalar(let text, _) = kind, !isNull else { return nil }
        return text
    }

    /// The value of a plain boolean scalar (`true`, `false`, `yes`, `no`, `on`, `off`).
    public var bool: Bool? {
        guard case .scalar(let text, plain: true) = kind else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// The value of an integer scalar.
    public var int: Int? { string.flatMap { Int($0) } }

    /// The items of a sequence.
    public var sequence: [YAMLValue]? {
        guard case .sequence(let items) = kind else { return nil }
        return items
    }

    /// The entries of a mapping, in the order written.
    public var entries: [YAMLEntry]? {
        guard case .mapping(let entries) = kind else { return nil }
        return entries
    }

    /// The value for `key` in a mapping.
    public subscript(key: String) -> YAMLValue? {
        entries?.first { $0.key == key }?.value
    }

    /// A list of strings: a sequence of scalars (nulls left out), or a single scalar as a
    /// one-item list; nil when any item is a list or a mapping.
    public var strings: [String]? {
        if let items = sequence {
            guard items.allSatisfy({ if case .scalar = $0.kind { true } else { false } }) else { return nil }
            return items.compactMap(\.string)
        }
        return string.map { [$0] }
    }

    /// Where this value is, in `path`.
    public func location(in path: String) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }
}

/// One `key: value` pair of a YAML mapping.
public struct YAMLEntry: Sendable, Equatable {
    public let key: String
    public let keyLine: Int
    public let keyColumn: Int
    public let value: YAMLValue

    public init(key: String, keyLine: Int, keyColumn: Int, value: YAMLValue) {
        self.key = key
        self.keyLine = keyLine
        self.keyColumn = keyColumn
        self.value = value
    }
}

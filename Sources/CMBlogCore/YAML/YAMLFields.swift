/// Reads typed fields out of one YAML mapping, recording an error at the value's own line for
/// each value of the wrong type, so a list where text belongs is never silently dropped.
public struct YAMLFields {
    /// The file the mapping comes from.
    public let path: String
    /// The mapping read.
    public let mapping: YAMLValue
    /// What was wrong, in reading order.
    public private(set) var diagnostics: [Diagnostic] = []

    public init(_ mapping: YAMLValue, path: String) {
        self.mapping = mapping
        self.path = path
    }

    /// The text of `key`; nil when absent or null, an error when it is a list or a mapping.
    /// - Parameter what: How the error names the value (default: `` `key` ``).
    public mutating func text(_ key: String, what: String? = nil) -> String? {
        guard let value = mapping[key], !value.isNull else { return nil }
        guard let text = value.string else {
            fail(value, "\(what ?? "`\(key)`") must be a text value, not a \(value.shapeName)")
            return nil
        }
        return text
    }

    /// The boolean of `key` (`true`, `false`, `yes`, `no`); nil when absent or null.
    public mutating func flag(_ key: String) -> Bool? {
        guard let value = mapping[key], !value.isNull else { return nil }
        guard let flag = value.bool else {
            fail(value, "`\(key)` must be true or false")
            return nil
        }
        return flag
    }

    /// Records an error at `value`.
    public mutating func fail(_ value: YAMLValue, _ message: String) {
        diagnostics.append(.error(message, path: path, line: value.line, column: value.column))
    }
}

extension YAMLValue {
    /// What this value is, in a message: "text", "list" or "mapping".
    public var shapeName: String {
        switch kind {
        case .scalar: "text"
        case .sequence: "list"
        case .mapping: "mapping"
        }
    }
}

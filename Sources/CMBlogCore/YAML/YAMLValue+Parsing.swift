import Foundation

import Yams

extension YAMLValue {
    /// Parses a YAML document.
    ///
    /// Block-style documents, as cmblog writes them, are read by `BlockYAMLReader`; any other, and
    /// every document with an error, by Yams, which gives the same values and says what is wrong.
    ///
    /// Aliases are expanded within bounds that grow with the document (see `YAMLExpansionLimit`):
    /// a document that would grow past them through its aliases is an error, not a hang.
    ///
    /// - Parameters:
    ///   - text: The YAML text.
    ///   - path: The file it comes from, for diagnostics.
    ///   - firstLine: The file line on which `text` starts (2 for front matter after `---`).
    /// - Returns: The document's root value, or an empty mapping for an empty document.
    /// - Throws: A `DiagnosticError` naming the file line of the syntax error.
    public static func parse(_ text: String, path: String, firstLine: Int = 1) throws(DiagnosticError) -> YAMLValue {
        try refuseAliasKeys(in: text, path: path, firstLine: firstLine)
        if let value = BlockYAMLReader.read(text, firstLine: firstLine) { return value }
        return try compose(text, path: path, firstLine: firstLine)
    }

    /// Parses a YAML document as `parse` does, with Yams for every document, never with
    /// `BlockYAMLReader`: the reference that reader is held to.
    static func parseWithYams(_ text: String, path: String, firstLine: Int = 1) throws(DiagnosticError) -> YAMLValue {
        try refuseAliasKeys(in: text, path: path, firstLine: firstLine)
        return try compose(text, path: path, firstLine: firstLine)
    }

    /// Refuses a key that could hold an alias (see `YAMLAliasKeys`), before anything reads the text.
    private static func refuseAliasKeys(in text: String, path: String, firstLine: Int) throws(DiagnosticError) {
        if let line = YAMLAliasKeys.firstLine(in: text) {
            throw DiagnosticError(.error("a key that is an alias, a list or a mapping, in a file with anchors and aliases; write the key out as text", path: path, line: line + firstLine - 1))
        }
    }

    /// Reads `text` with Yams and converts its node tree, expanding aliases within bounds.
    private static func compose(_ text: String, path: String, firstLine: Int) throws(DiagnosticError) -> YAMLValue {
        let node: Node?
        do {
            // Only the text of scalars is kept, so no tag is resolved: resolving them runs regular
            // expressions over every key, when Yams checks a mapping for duplicates.
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw DiagnosticError(diagnostic(for: error, path: path, firstLine: firstLine))
        } catch {
            throw DiagnosticError(.error("invalid YAML: \(error)", path: path, line: firstLine))
        }
        guard let node else { return YAMLValue(.mapping([]), line: firstLine, column: 1) }
        var limit = YAMLExpansionLimit(source: text)
        return try YAMLValue(node, lineOffset: firstLine - 1, depth: 0, written: nil, limit: &limit, path: path)
    }

    /// Converts `node`. `written` is where the alias being expanded was written, when `node` is
    /// reached through one; errors name that place rather than the anchor's.
    private init(
        _ node: Node, lineOffset: Int, depth: Int, written: (line: Int, column: Int)?, limit: inout YAMLExpansionLimit, path: String
    ) throws(DiagnosticError) {
        let mark = node.mark
        let line = (mark?.line ?? 1) + lineOffset
        let column = mark?.column ?? 1
        let place = written ?? (line, column)
        if let problem = limit.count(node, depth: depth) {
            throw DiagnosticError(.error("this YAML is refused: \(problem)", path: path, line: place.line, column: place.column))
        }
        func child(_ node: Node) throws(DiagnosticError) -> YAMLValue {
            let aliased = written ?? (limit.isRepeat(of: node) ? place : nil)
            return try YAMLValue(node, lineOffset: lineOffset, depth: depth + 1, written: aliased, limit: &limit, path: path)
        }
        switch node {
        case .scalar(let scalar):
            self.init(.scalar(scalar.string, plain: scalar.style == .plain), line: line, column: column)
        case .sequence(let sequence):
            var items: [YAMLValue] = []
            for item in sequence {
                items.append(try child(item))
            }
            self.init(.sequence(items), line: line, column: column)
        case .mapping(let mapping):
            var entries: [YAMLEntry] = []
            for (key, value) in mapping {
                entries.append(YAMLEntry(
                    key: key.string ?? "",
                    keyLine: (key.mark?.line ?? 1) + lineOffset,
                    keyColumn: key.mark?.column ?? 1,
                    value: try child(value)
                ))
            }
            self.init(.mapping(entries), line: line, column: column)
        case .alias:
            self.init(.scalar("", plain: true), line: line, column: column)
        }
    }

    private static func diagnostic(for error: YamlError, path: String, firstLine: Int) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return .error("malformed YAML: \(detail)", path: path, line: mark.line + firstLine - 1, column: mark.column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error(
                "duplicated key \(duplicates.sorted().joined(separator: ", "))",
                path: path, line: context.mark.line + firstLine - 1, column: context.mark.column)
        case .reader(let problem, _, _, _):
            return .error("unreadable YAML: \(problem)", path: path, line: firstLine)
        default:
            return .error("malformed YAML: \(error)", path: path, line: firstLine)
        }
    }
}

import Foundation

import Yams

extension YAMLValue {
    /// Parses a YAML document.
    ///
    /// - Parameters:
    ///   - text: The YAML text.
    ///   - path: The file it comes from, for diagnostics.
    ///   - firstLine: The file line on which `text` starts (2 for front matter after `---`).
    /// - Returns: The document's root value, or an empty mapping for an empty document.
    /// - Throws: A `DiagnosticError` naming the file line of the syntax error.
    public static func parse(_ text: String, path: String, firstLine: Int = 1) throws(DiagnosticError) -> YAMLValue {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw DiagnosticError(diagnostic(for: error, path: path, firstLine: firstLine))
        } catch {
            throw DiagnosticError(.error("invalid YAML: \(error)", path: path, line: firstLine))
        }
        guard let node else { return YAMLValue(.mapping([]), line: firstLine, column: 1) }
        return YAMLValue(node, lineOffset: firstLine - 1)
    }

    private init(_ node: Node, lineOffset: Int) {
        let mark = node.mark
        let line = (mark?.line ?? 1) + lineOffset
        let column = mark?.column ?? 1
        switch node {
        case .scalar(let scalar):
            self.init(.scalar(scalar.string, plain: scalar.style == .plain), line: line, column: column)
        case .sequence(let sequence):
            self.init(.sequence(sequence.map { YAMLValue($0, lineOffset: lineOffset) }), line: line, column: column)
        case .mapping(let mapping):
            let entries = mapping.map { key, value in
                YAMLEntry(
                    key: key.string ?? "",
                    keyLine: (key.mark?.line ?? 1) + lineOffset,
                    keyColumn: key.mark?.column ?? 1,
                    value: YAMLValue(value, lineOffset: lineOffset)
                )
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

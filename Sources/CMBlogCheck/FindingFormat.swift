import CMBlogCore
import Foundation

/// How `cmblog check` prints its findings: `text` as compilers do, `github` as GitHub Actions
/// annotations, `json` as a stable report for tools (its schema is in the README).
public enum FindingFormat: String, Sendable, CaseIterable {
    case text
    case json
    case github

    /// The version of the JSON report; raised only when a field changes meaning or goes away.
    public static let jsonVersion = 1

    /// The findings in this format (the text format without colours, for files and tests).
    public func render(_ findings: [Finding]) -> String {
        switch self {
        case .text: return findings.map { "\($0)\n" }.joined()
        case .github: return findings.map(Self.annotation).joined()
        case .json: return Self.json(findings)
        }
    }

    /// `::error file=content/posts/a.md,line=3,col=5,title=links.broken::message`
    static func annotation(_ finding: Finding) -> String {
        let kind = finding.severity == .error ? "error" : finding.severity == .warning ? "warning" : "notice"
        var properties: [String] = []
        // A path outside the repository (a temporary build) cannot be shown on a file.
        if !finding.location.path.hasPrefix("(") { properties.append("file=" + escapeProperty(finding.location.path)) }
        if let line = finding.location.line { properties.append("line=\(line)") }
        if let column = finding.location.column { properties.append("col=\(column)") }
        properties.append("title=" + escapeProperty(finding.rule))
        return "::\(kind) \(properties.joined(separator: ","))::\(escapeData(finding.message))\n"
    }

    /// GitHub's escaping of a command's message.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// GitHub's escaping of a command's property values.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    private struct Report: Encodable {
        struct Item: Encodable {
            let severity: String
            let file: String
            let line: Int?
            let column: Int?
            let rule: String
            let message: String

            // `line` and `column` are always present, null when unknown: a stable schema.
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(severity, forKey: .severity)
                try container.encode(file, forKey: .file)
                try container.encode(line, forKey: .line)
                try container.encode(column, forKey: .column)
                try container.encode(rule, forKey: .rule)
                try container.encode(message, forKey: .message)
            }

            enum CodingKeys: String, CodingKey { case severity, file, line, column, rule, message }
        }

        let version: Int
        let errors: Int
        let warnings: Int
        let findings: [Item]
    }

    static func json(_ findings: [Finding]) -> String {
        let report = Report(
            version: jsonVersion,
            errors: findings.filter { $0.severity == .error }.count,
            warnings: findings.filter { $0.severity == .warning }.count,
            findings: findings.map {
                .init(severity: $0.severity.rawValue, file: $0.location.path, line: $0.location.line, column: $0.location.column, rule: $0.rule, message: $0.message)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(report)) ?? Data(), as: UTF8.self) + "\n"
    }
}

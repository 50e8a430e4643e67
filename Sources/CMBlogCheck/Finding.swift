import CMBlogCore

/// One problem `cmblog check` found: a diagnostic (severity, the place responsible, a message)
/// and the id of the rule that found it (`links.broken`, `pages.title`, …), stable across
/// versions so CI filters and the JSON report can rely on it.
public struct Finding: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var rule: String
    public var diagnostic: Diagnostic

    public init(_ rule: String, _ diagnostic: Diagnostic) {
        self.rule = rule
        self.diagnostic = diagnostic
    }

    public init(_ rule: String, _ severity: Diagnostic.Severity, at location: SourceLocation, _ message: String) {
        self.init(rule, Diagnostic(severity, at: location, message))
    }

    public var severity: Diagnostic.Severity { diagnostic.severity }
    public var location: SourceLocation { diagnostic.location }
    public var message: String { diagnostic.message }
    public var description: String { "\(diagnostic) [\(rule)]" }

    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        (lhs.diagnostic, lhs.rule) < (rhs.diagnostic, rhs.rule)
    }
}

extension Sequence where Element == Finding {
    /// Whether any finding is an error (`cmblog check` then exits with 1).
    public var containsError: Bool { contains { $0.severity == .error } }
}

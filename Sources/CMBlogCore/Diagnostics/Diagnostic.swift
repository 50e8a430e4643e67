import Foundation

/// One message about the content, with the place it concerns.
///
/// Printed as `path:line:col: error: message`.
public struct Diagnostic: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// How serious a diagnostic is. Errors fail the build; warnings and notes do not.
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
        /// Shown only with `--verbose`.
        case note
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// An error at `path`, optionally at a line and column.
    public static func error(_ message: String, path: String, line: Int? = nil, column: Int? = nil) -> Diagnostic {
        Diagnostic(.error, at: SourceLocation(path: path, line: line, column: column), message)
    }

    /// A warning at `path`, optionally at a line and column.
    public static func warning(_ message: String, path: String, line: Int? = nil, column: Int? = nil) -> Diagnostic {
        Diagnostic(.warning, at: SourceLocation(path: path, line: line, column: column), message)
    }

    /// A note at `path`, shown only with `--verbose`.
    public static func note(_ message: String, path: String, line: Int? = nil, column: Int? = nil) -> Diagnostic {
        Diagnostic(.note, at: SourceLocation(path: path, line: line, column: column), message)
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.message) < (rhs.location, rhs.message)
    }
}

extension Sequence where Element == Diagnostic {
    /// Whether any of these diagnostics is an error.
    public var containsError: Bool { contains { $0.severity == .error } }
}

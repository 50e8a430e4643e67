import Foundation

/// The error a stage throws when the content has errors: every diagnostic it found, sorted
/// by place so the output is the same on every run.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    public init(_ diagnostic: Diagnostic) {
        self.init([diagnostic])
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

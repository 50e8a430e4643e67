import CMBlogCore
import Foundation

/// Prints diagnostics the way compilers do (`path:line:col: error: message`), sorted, with
/// a count at the end; notes only in verbose mode, warnings unless quiet.
struct DiagnosticPrinter {
    let options: GlobalOptions

    /// Prints `diagnostics`; returns the number of errors.
    @discardableResult
    func print(_ diagnostics: [Diagnostic]) -> Int {
        let shown = diagnostics.sorted().filter { diagnostic in
            switch diagnostic.severity {
            case .error: true
            case .warning: !options.quiet
            case .note: options.verbose
            }
        }
        for diagnostic in shown {
            let label = switch diagnostic.severity {
            case .error: Terminal.styled("error:", color: 31)
            case .warning: Terminal.styled("warning:", color: 33)
            case .note: Terminal.styled("note:", color: 36)
            }
            Terminal.error("\(Terminal.visible(diagnostic.location.description)): \(label) \(Terminal.visible(diagnostic.message))\n")
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        if errors > 0 {
            Terminal.error("\(Self.plural(errors, "error"))\(warnings > 0 ? ", \(Self.plural(warnings, "warning"))" : "")\n")
        }
        return errors
    }

    static func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
}

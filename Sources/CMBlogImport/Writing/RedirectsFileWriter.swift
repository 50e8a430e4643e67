import CMBlogContent
import CMBlogCore

/// Writes the old URLs an import redirects into `redirects.yml`, the file the build reads: one
/// reviewable `/old/: /new/` line each, added to those the file has.
enum RedirectsFileWriter {
    /// The text of the file with `redirects` added, nil when it would not change; `existing`
    /// is the file's text, nil when there is none.
    /// - Throws: A `DiagnosticError` at the line of the existing file that cannot be read.
    static func text(adding redirects: [(from: String, to: String)], to existing: String?, source: String) throws -> String? {
        let file = GrowingMappingFile(header: """
            # Old URLs of the \(source) site and the pages that answer them now, written by
            # cmblog import \(source). Each line is `old path: new path`; edit or remove lines
            # freely: an import run again keeps them and only adds the old URLs missing here.

            """) { existing in
            let (parsed, problems) = RedirectsParser.parse(existing)
            if problems.containsError { throw DiagnosticError(problems) }
            return Set(parsed.map(\.from.value))
        }
        return try file.text(adding: redirects.map { .init(key: $0.from, lines: "\(YAMLText.scalar($0.from)): \(YAMLText.scalar($0.to))\n") },
                             to: existing)
    }
}

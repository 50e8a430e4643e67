import CMBlogContent
import CMBlogCore

/// Writes the old URLs an import redirects into `redirects.yml`, the file the build reads: one
/// reviewable `/old/: /new/` line each. Lines already in the file are kept as they are (a
/// person may have changed where one leads); only old URLs it lacks are added, so an import
/// run again adds nothing.
enum RedirectsFileWriter {
    /// The text of the file with `redirects` added, nil when it would not change; `existing`
    /// is the file's text, nil when there is none.
    /// - Throws: A `DiagnosticError` at the line of the existing file that cannot be read.
    static func text(adding redirects: [(from: String, to: String)], to existing: String?, source: String) throws -> String? {
        var text = existing ?? """
            # Old URLs of the \(source) site and the pages that answer them now, written by
            # cmblog import \(source). Each line is `old path: new path`; edit or remove lines
            # freely: an import run again keeps them and only adds the old URLs missing here.

            """
        var known: Set<String> = []
        if let existing {
            let (parsed, problems) = RedirectsParser.parse(existing)
            if problems.containsError { throw DiagnosticError(problems) }
            known = Set(parsed.map(\.from.value))
            if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        }
        let added = redirects.filter { known.insert($0.from).inserted }
        guard !added.isEmpty else { return existing == nil ? nil : existing }
        return text + added.map { "\(YAMLText.scalar($0.from)): \(YAMLText.scalar($0.to))\n" }.joined()
    }
}

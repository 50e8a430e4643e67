import CMBlogCore

/// A YAML mapping at the top of the repository that imports add to and people edit
/// (`redirects.yml`, `categories.yml`): the entries already in the file are kept as they are
/// (a person may have changed them), only those it lacks are added, so an import run again
/// adds nothing.
struct GrowingMappingFile {
    /// The comment that opens the file when the import creates it.
    let header: String
    /// The keys of the entries of an existing file, as `Entry.key` compares them.
    /// - Throws: A `DiagnosticError` at the line that cannot be read.
    let existingKeys: (String) throws -> Set<String>

    /// One entry to add: what identifies it, and its YAML lines.
    struct Entry {
        let key: String
        let lines: String
    }

    /// The text of the file with `entries` added, nil when it would not change; `existing`
    /// is the file's text, nil when there is none.
    func text(adding entries: [Entry], to existing: String?) throws -> String? {
        var text = existing ?? header
        var known: Set<String> = []
        if let existing {
            known = try existingKeys(existing)
            if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        }
        let added = entries.filter { known.insert($0.key).inserted }
        guard !added.isEmpty else { return existing == nil ? nil : existing }
        return text + added.map(\.lines).joined()
    }
}

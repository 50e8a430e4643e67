extension YAMLValue {
    /// The entries of a file that holds one mapping (`redirects.yml`, `categories.yml`): none
    /// when it is empty, an error when it is not YAML or not a mapping, with `expected` saying
    /// what it must be.
    public static func mappingFileEntries(_ text: String, path: String, expected: String) -> ([YAMLEntry], [Diagnostic]) {
        let root: YAMLValue
        do {
            root = try YAMLValue.parse(text, path: path)
        } catch {
            return ([], error.diagnostics)
        }
        if root.isNull { return ([], []) }
        guard let entries = root.entries else { return ([], [.error(expected, path: path, line: root.line, column: root.column)]) }
        return (entries, [])
    }
}

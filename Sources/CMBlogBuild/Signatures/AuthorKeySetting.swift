/// Sets `key:` in the text of an author file, keeping every other line (comments included)
/// exactly as it was.
enum AuthorKeySetting {
    /// The text with its top-level `key:` line replaced, or one added at the end.
    static func setting(_ key: String, in text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let newLine = "key: \(key)"
        if let index = lines.firstIndex(where: { $0.hasPrefix("key:") }) {
            lines[index] = newLine
            return lines.joined(separator: "\n")
        }
        while lines.last == "" { lines.removeLast() }
        return (lines + [newLine]).joined(separator: "\n") + "\n"
    }
}

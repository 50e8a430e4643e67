/// Sets a public key's top-level line (`key:` in an author file, `site_key:` in `cmblog.yml`)
/// in a YAML text, keeping every other line (comments included) exactly as it was.
enum KeySetting {
    /// The text with its top-level `name:` line replaced, or one added at the end.
    static func setting(_ key: String, named name: String, in text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let newLine = "\(name): \(key)"
        if let index = lineIndex(of: name, in: lines) {
            lines[index] = newLine
            return lines.joined(separator: "\n")
        }
        while lines.last == "" { lines.removeLast() }
        return (lines + [newLine]).joined(separator: "\n") + "\n"
    }

    /// The index of the top-level `name:` line among `lines`.
    static func lineIndex(of name: String, in lines: [some StringProtocol]) -> Int? {
        lines.firstIndex { $0.hasPrefix(name + ":") }
    }
}

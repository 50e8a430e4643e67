import CMBlogCore

extension ImportReport {
    /// Counts an item left out because of its WordPress `type` (`nav_menu_item`, a plugin's
    /// comment type, …); `kind` says what it is (`items`, `comments`).
    ///
    /// The summary printed on the terminal carries the type's name only when it is a
    /// WordPress key, as WordPress writes them (lowercase letters, digits, `_` and `-`).
    /// Any other text from the file is counted under "of another type" and named in a
    /// warning at `line`, which reaches the terminal only through the diagnostic printer.
    mutating func skip(type: String, kind: String, path: String, line: Int) {
        if Self.isWordPressKey(type) {
            skipped["\(type) \(kind)", default: 0] += 1
        } else {
            skipped["\(kind) of another type", default: 0] += 1
            warnings.append(.warning("this \(kind.dropLast()) was left out: its type “\(type)” is not a WordPress type", path: path, line: line))
        }
    }

    private static func isWordPressKey(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 40
            && text.utf8.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }
}

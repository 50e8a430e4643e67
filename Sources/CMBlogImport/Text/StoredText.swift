import CMBlogMarkdown

/// Titles and names as WordPress stores them: HTML with its entities escaped once
/// (`Media &amp; Text`, `Ping 1 &laquo;`), sometimes with inline markup (`<em>`). Read once
/// into plain text, which front matter and comment files keep and the build escapes once.
enum StoredText {
    /// `html` without its tags, its entities decoded once, its whitespace collapsed.
    static func plain(_ html: String) -> String {
        HTMLText.collapseWhitespace(HTMLText.decodeEntities(withoutTags(html)))
    }

    /// `html` without start, end and comment tags: a `<` followed by a letter, `/` or `!`
    /// up to the next `>`. Any other `<` (`x < y`) is text.
    private static func withoutTags(_ html: String) -> String {
        guard html.contains("<") else { return html }
        var output = ""
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            output += rest[..<open]
            let next = rest[rest.index(after: open)...].first
            guard let next, next.isLetter || next == "/" || next == "!",
                  let close = rest[open...].firstIndex(of: ">") else {
                output.append("<")
                rest = rest[rest.index(after: open)...]
                continue
            }
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
    }
}

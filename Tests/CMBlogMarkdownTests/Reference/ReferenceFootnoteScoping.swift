// Reference implementation: the code as it was before it worked on UTF-8 bytes, kept only so
// the property tests can require the new code to give the same output for any input.

@testable import CMBlogMarkdown
/// Makes footnote ids unique to one text, so two texts on one page never share an id.
enum ReferenceFootnoteScoping {
    /// `html` with `fn-…` and `fnref-…` ids and their links prefixed with `scope`:
    /// `id="fn-1"` becomes `id="fn-scope-1"`, `href="#fnref-1"` becomes `href="#fnref-scope-1"`.
    static func apply(to html: String, scope: String) -> String {
        guard !scope.isEmpty, html.utf8.contains(UInt8(ascii: "f")), html.contains("fnref-") else { return html }
        var output = ""
        output.reserveCapacity(html.utf8.count + 256)
        var rest = html[...]
        while let range = nextAttribute(in: rest) {
            output += rest[..<range.upperBound]
            output += scope + "-"
            rest = rest[range.upperBound...]
        }
        return output + rest
    }

    /// The next `id="fn-`, `id="fnref-`, `href="#fn-` or `href="#fnref-` in `text`.
    private static func nextAttribute(in text: Substring) -> Range<Substring.Index>? {
        var searchStart = text.startIndex
        while let quote = text[searchStart...].firstIndex(of: "\"") {
            let before = text[..<quote]
            var after = text[text.index(after: quote)...]
            if before.hasSuffix("href=") && after.hasPrefix("#") { after = after.dropFirst() }
            if before.hasSuffix("id=") || before.hasSuffix("href=") {
                for prefix in ["fnref-", "fn-"] where after.hasPrefix(prefix) {
                    return quote..<after.index(after.startIndex, offsetBy: prefix.count)
                }
            }
            searchStart = text.index(after: quote)
        }
        return nil
    }
}

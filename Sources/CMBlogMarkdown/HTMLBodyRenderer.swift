import Foundation

/// Renders a body stored as HTML (posts imported from WordPress, `.html` files) the way
/// WordPress displays it: blank lines separate paragraphs and a single line break is a `<br>`,
/// except around block elements, which are left as written. `<!--more-->` ends the excerpt.
public enum HTMLBodyRenderer {
    /// Elements that stand as blocks of their own: text next to them is not wrapped.
    private static let blockElements = [
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "embed", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "iframe", "li", "main", "nav",
        "noscript", "object", "ol", "p", "pre", "script", "section", "style", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul", "video", "audio",
    ]

    public static func render(_ body: String) -> RenderedMarkdown {
        let html = paragraphs(body)
        let plainText = HTMLText.plainText(html)
        let moreExcerpt = ExcerptSplitter.beforeMoreMarker(in: html)
        let firstParagraph = ExcerptSplitter.firstParagraph(in: html)
        return RenderedMarkdown(
            html: html,
            moreExcerptHTML: moreExcerpt,
            firstParagraphHTML: firstParagraph,
            plainText: plainText,
            excerptText: HTMLText.plainText(moreExcerpt ?? firstParagraph ?? ""),
            wordCount: HTMLText.wordCount(plainText),
            headings: []
        )
    }

    /// `body` with its text blocks wrapped in `<p>`, `<pre>` contents left untouched.
    static func paragraphs(_ body: String) -> String {
        var blocks: [String] = []
        var current: [Substring] = []
        var inPre = false
        func flush() {
            if !current.isEmpty { blocks.append(wrap(current)) }
            current = []
        }
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let lowercased = line.lowercased()
            if lowercased.contains("<pre") { inPre = true }
            if lowercased.contains("</pre>") { inPre = false }
            if !inPre, line.allSatisfy(\.isWhitespace) {
                flush()
            } else {
                current.append(line)
            }
        }
        flush()
        return blocks.joined(separator: "\n")
    }

    /// One blank-line-separated block: as written when it holds a block element, else a
    /// paragraph with its line breaks kept.
    private static func wrap(_ lines: [Substring]) -> String {
        let text = lines.joined(separator: "\n")
        let lowercased = text.lowercased()
        let holdsBlock = blockElements.contains { lowercased.contains("<\($0)>") || lowercased.contains("<\($0) ") || lowercased.contains("</\($0)>") }
        if holdsBlock { return text }
        return "<p>" + lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "<br>\n") + "</p>"
    }
}

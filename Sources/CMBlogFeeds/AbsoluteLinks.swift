import Foundation

/// Makes every link of an HTML fragment absolute, as feed readers need: they show content away
/// from the page it belongs to.
enum AbsoluteLinks {
    private static let attribute = try! NSRegularExpression(pattern: #"(\s(?:href|src|poster|cite)=)(["'])([^"']*)\2"#, options: [.caseInsensitive])
    private static let scheme = try! NSRegularExpression(pattern: "^[A-Za-z][A-Za-z0-9+.-]*:")

    /// `html` with `href`, `src`, `poster` and `cite` resolved against `pageURL`.
    static func resolve(_ html: String, against pageURL: String) -> String {
        guard html.contains("=\"") || html.contains("='"), let base = URL(string: pageURL) else { return html }
        let text = html as NSString
        var output = ""
        var last = 0
        for match in attribute.matches(in: html, range: NSRange(location: 0, length: text.length)) {
            let value = text.substring(with: match.range(at: 3))
            let resolved = absolute(value, base: base)
            guard resolved != value else { continue }
            output += text.substring(with: NSRange(location: last, length: match.range(at: 3).location - last)) + resolved
            last = match.range(at: 3).location + match.range(at: 3).length
        }
        return last == 0 ? html : output + text.substring(from: last)
    }

    private static let headingAnchor = try! NSRegularExpression(pattern: #"<a class="heading-anchor"[^>]*>#</a>"#)

    /// `html` without the `#` anchors the theme puts after headings (see `HeadingAnchors` in
    /// CMBlogMarkdown): in a feed reader they are a stray character.
    static func removingHeadingAnchors(_ html: String) -> String {
        guard html.contains("heading-anchor") else { return html }
        return headingAnchor.stringByReplacingMatches(in: html, range: NSRange(location: 0, length: (html as NSString).length), withTemplate: "")
    }

    static func absolute(_ value: String, base: URL) -> String {
        if value.isEmpty || value.hasPrefix("//") { return value.hasPrefix("//") ? "\(base.scheme ?? "https"):\(value)" : value }
        if scheme.firstMatch(in: value, range: NSRange(location: 0, length: (value as NSString).length)) != nil { return value }
        if value.hasPrefix("#") { return base.absoluteString.split(separator: "#").first.map { "\($0)\(value)" } ?? value }
        return URL(string: value, relativeTo: base)?.absoluteString ?? value
    }
}

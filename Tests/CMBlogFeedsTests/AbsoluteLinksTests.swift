@testable import CMBlogFeeds
import CMBlogTestSupport
import Foundation
import Testing

@Suite("Absolute links in feeds")
struct AbsoluteLinksTests {
    static let pieces = [
        " href=\"", " HREF='", " src=\"", " poster=\"", " cite='", "\thref=\"", "\nsrc='", " data-href=\"", "href=\"", " href=", " href =\"",
        "\"", "'", "/images/a.png", "../up/", "b.html", "#note-1", "//cdn.example/x.js", "https://ok.example/", "mailto:a@b.example",
        "javascript:x", "2020/01/", "?q=1&amp;r=2", "é/ü", " ", ">", "<a", "<img", "</a>", "x", "<a class=\"heading-anchor\" href=\"#t\">#</a>",
        "<a class=\"heading-anchor\">", "#</a>",
    ]

    @Test("the byte scanner resolves exactly what the regular expressions resolved, on random fragments")
    func matchesReference() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<5_000 {
            let html = (0..<Int.random(in: 1...16, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let page = ["https://blog.example.com/2020/01/post/", "https://blog.example.com/about.html", "https://b.example"].randomElement(using: &generator)!
            #expect(AbsoluteLinks.resolve(html, against: page) == AbsoluteLinksReference.resolve(html, against: page), "\(html.debugDescription)")
            #expect(AbsoluteLinks.removingHeadingAnchors(html) == AbsoluteLinksReference.removingHeadingAnchors(html), "\(html.debugDescription)")
        }
    }

    @Test("relative links become absolute; absolute ones stay")
    func examples() {
        let html = "<p><a href=\"/a/\">a</a> <img src='b.png'> <a href=\"https://x.example/\">x</a> <a href=\"#n\">n</a></p>"
        #expect(AbsoluteLinks.resolve(html, against: "https://blog.example.com/2020/01/post/")
            == "<p><a href=\"https://blog.example.com/a/\">a</a> <img src='https://blog.example.com/2020/01/post/b.png'> <a href=\"https://x.example/\">x</a> <a href=\"https://blog.example.com/2020/01/post/#n\">n</a></p>")
    }
}

import Foundation

/// Makes every link of an HTML fragment absolute, as feed readers need: they show content away
/// from the page it belongs to.
/// The regular-expression version the byte scanner replaced, kept as the reference it must match.
enum AbsoluteLinksReference {
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

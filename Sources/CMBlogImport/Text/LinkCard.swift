import CMBlogMarkdown
import Foundation

/// What WordPress embedded from other sites (a YouTube or Vimeo video, a Mastodon, Bluesky or
/// X post, any page that offered an embed) made a plain link: `<p class="embed"><a href=…>…</a></p>`,
/// no third-party frame nor script.
enum LinkCard {
    /// The card for `address`, or nil when it is not an `http(s)` address.
    static func html(_ address: String) -> String? {
        guard let url = SafeURL.absolute(address) else { return nil }
        let escaped = HTMLText.escape(url)
        return "<p class=\"embed\"><a href=\"\(escaped)\">\(escaped)</a></p>"
    }

    /// `html` with each line that is an address alone (outside `<pre>`) made a card, as
    /// WordPress embedded such lines, and the number of cards made.
    static func cardsForAddressLines(in html: String) -> (html: String, count: Int) {
        var count = 0
        var inPre = false
        let lines = html.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let lowercased = line.lowercased()
            if lowercased.contains("<pre") { inPre = true }
            defer { if lowercased.contains("</pre>") { inPre = false } }
            let text = line.trimmingCharacters(in: .whitespaces)
            guard !inPre, !text.contains(where: \.isWhitespace), !text.contains("<"), let card = Self.html(text) else { return String(line) }
            count += 1
            return card
        }
        return (lines.joined(separator: "\n"), count)
    }
}

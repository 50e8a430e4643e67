@testable import CMBlogBackfeed
import Testing

/// Bluesky facets name byte ranges of the UTF-8 text: links land on the right characters
/// whatever comes before them, and bad ranges never break the text.
@Suite("Bluesky rich text")
struct BlueskyRichTextTests {
    static func facet(_ start: Int, _ end: Int, _ feature: [String: Any]) -> [String: Any] {
        ["index": ["byteStart": start, "byteEnd": end], "features": [feature]]
    }

    @Test("links, mentions and tags land on their UTF-8 byte ranges after accents and emoji")
    func byteRanges() {
        let text = "Café 🎉 <b> ex.com/a @ana.bsky.social #dégustation"
        let bytes = Array(text.utf8)
        func range(of token: String) -> (Int, Int) {
            let needle = Array(token.utf8)
            let start = (0...(bytes.count - needle.count)).first { Array(bytes[$0..<$0 + needle.count]) == needle }!
            return (start, start + needle.count)
        }
        let link = range(of: "ex.com/a"), mention = range(of: "@ana.bsky.social"), tag = range(of: "#dégustation")
        #expect(link.0 == 15)  // 12 characters in, 15 bytes
        let html = BlueskyRichText.html(text, facets: [
            Self.facet(tag.0, tag.1, ["$type": "app.bsky.richtext.facet#tag", "tag": "dégustation"]),
            Self.facet(link.0, link.1, ["$type": "app.bsky.richtext.facet#link", "uri": "https://ex.com/a?x=1&y=2"]),
            Self.facet(mention.0, mention.1, ["$type": "app.bsky.richtext.facet#mention", "did": "did:plc:ana"]),
        ])
        #expect(html == """
            <p>Café 🎉 &lt;b&gt; <a href="https://ex.com/a?x=1&amp;y=2">ex.com/a</a> \
            <a href="https://bsky.app/profile/did:plc:ana">@ana.bsky.social</a> \
            <a href="https://bsky.app/hashtag/d%C3%A9gustation">#dégustation</a></p>
            """)
    }

    @Test("a range cutting a character, out of the text or overlapping another stays plain text")
    func badRanges() {
        let text = "é x"
        let link: [String: Any] = ["$type": "app.bsky.richtext.facet#link", "uri": "https://ex.com/"]
        #expect(BlueskyRichText.html(text, facets: [Self.facet(1, 3, link)]) == "<p>é x</p>")
        #expect(BlueskyRichText.html(text, facets: [Self.facet(3, 40, link)]) == "<p>é x</p>")
        #expect(BlueskyRichText.html(text, facets: [Self.facet(0, 2, link), Self.facet(1, 4, link)])
            == "<p><a href=\"https://ex.com/\">é</a> x</p>")
    }

    @Test("blank lines make paragraphs, single line breaks <br>")
    func paragraphs() {
        #expect(BlueskyRichText.html("one\ntwo\n\nthree", facets: []) == "<p>one<br>two</p><p>three</p>")
    }
}

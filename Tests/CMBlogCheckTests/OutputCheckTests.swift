import CMBlogCheck
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

/// Checks of output folders written by hand: defects the build never makes, but a theme
/// override, a static file or a damaged upload can.
@Suite("cmblog check on hand-written output")
struct OutputCheckTests {
    @Test("pages: one title, a valid lang, canonical equal to og:url, a viewport, a description")
    func pageMetadata() async throws {
        let bad = """
            <!DOCTYPE html>
            <html lang="en_GB"><head><title>A</title><title>B</title>
            <link rel="canonical" href="https://hand.example.com/a/"><meta property="og:url" content="https://hand.example.com/b/">
            </head><body></body></html>
            """
        let findings = try await checkOutput(["index.html": page(), "a/index.html": bad, "b/index.html": page(url: "https://hand.example.com/b/")])
        #expect(findings.summary.sorted() == [
            "pages.canonical public/a/index.html", "pages.description public/a/index.html", "pages.lang public/a/index.html",
            "pages.title public/a/index.html", "pages.viewport public/a/index.html",
        ])
        #expect(findings.first { $0.rule == "pages.description" }?.severity == .warning)
    }

    @Test("links, fragments, the sitemap and redirect rules lead to pages of the site")
    func links() async throws {
        let findings = try await checkOutput([
            "index.html": page(body: """
                <a href="/a/">a</a> <a href="/a/#there">there</a> <a href="a/#nowhere">nowhere</a>
                <a href="https://hand.example.com/gone/">gone</a> <a href="mailto:x@example.com">mail</a> <a href="#top">top</a>
                """),
            "a/index.html": page(body: #"<h2 id="there">There</h2>"#, url: "https://hand.example.com/a/"),
            "sitemap.xml": "<urlset>\n<url><loc>https://hand.example.com/a/</loc></url>\n<url><loc>https://hand.example.com/missing/</loc></url>\n</urlset>\n",
            "_redirects": "# rules\n/old/  /a/  301\n/older/  /nothing/  301\n",
            ".htaccess": "RewriteEngine On\nRewriteRule ^old/$ /a/ [R=301,L]\nRewriteRule ^older/$ /void/ [R=301,L]\n",
        ])
        #expect(findings.summary.sorted() == [
            "links.broken public/.htaccess:3:1", "links.broken public/_redirects:3:1", "links.broken public/index.html:9:1",
            "links.broken public/sitemap.xml:3:6", "links.fragment public/index.html:8:51",
        ])
    }

    @Test("two URLs differing only in case collide")
    func collisions() async throws {
        let findings = try await checkOutput(["index.html": page(), "About/index.html": page(url: "https://hand.example.com/About/"),
                                              "about/index.html": page(url: "https://hand.example.com/about/")])
        #expect(findings.summary == ["links.collision public/about/index.html"])
    }

    @Test("feeds: well-formed, required fields, unique ids, valid dates, absolute URLs in content")
    func feeds() async throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><id>https://hand.example.com/</id><title>Hand</title><updated>2020-01-01T00:00:00Z</updated>
            <author><name>Ana</name></author>
            <entry><id>urn:a</id><title>A</title><updated>2020-13-01</updated><content type="html">&lt;a href="/a/"&gt;a&lt;/a&gt;</content></entry>
            <entry><id>urn:a</id><title>B</title><updated>2020-01-01T00:00:00Z</updated></entry>
            <entry><title>C</title><updated>2020-01-01T00:00:00Z</updated></entry>
            </feed>
            """
        let rss = """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Hand</title><link>https://hand.example.com/</link>
            <item><title>A</title><guid>a</guid><pubDate>yesterday</pubDate><description>&lt;img src="https://hand.example.com/i.png" alt=""&gt;</description></item>
            </channel></rss>
            """
        let json = ##"{"version": "https://jsonfeed.org/version/1.1", "title": "Hand", "items": [{"id": "1", "content_html": "<a href=\"#fn-1\">1</a>"}, {"content_text": "x"}]}"##
        let findings = try await checkOutput([
            "index.html": page(), "a/index.html": page(url: "https://hand.example.com/a/"),
            "feed.xml": atom, "rss.xml": rss, "feed.json": json, "broken.xml": "<feed><entry></feed>",
        ])
        #expect(findings.summary.sorted() == [
            "feeds.date public/feed.xml:4:1", "feeds.date public/rss.xml:3:1", "feeds.duplicate-id public/feed.xml:5:1",
            "feeds.relative-url public/feed.json", "feeds.relative-url public/feed.xml:4:1", "feeds.required public/feed.json",
            "feeds.required public/feed.xml:6:1", "feeds.required public/rss.xml:2:1", "feeds.xml public/broken.xml:1:1",
            "links.broken public/rss.xml:3:1",
        ])
    }

    @Test("identity: rel=me over https, fediverse:creator as @user@host, the atproto-did file, author keys")
    func identity() async throws {
        let head = #"<link rel="me" href="http://social.example/@ana"><meta name="fediverse:creator" content="ana@social.example">"#
        let findings = try await checkOutput([
            "index.html": page(head: head), "authors/ana/minisign.pub": "untrusted comment: x\nnot a key\n",
        ], settings: "atproto_did: did:plc:abc123\n")
        #expect(findings.summary.sorted() == [
            "identity.atproto-did cmblog.yml", "identity.fediverse-creator public/index.html:5:50", "identity.key public/authors/ana/minisign.pub",
            "identity.rel-me public/index.html:5:1",
        ])
    }

    @Test("share cards: present, PNG or JPEG, large enough, light enough")
    func shareCards() async throws {
        let findings = try await checkOutput([
            "index.html": page(head: #"<meta property="og:image" content="https://hand.example.com/missing.png">"#),
            "a/index.html": page(head: #"<meta property="og:image" content="/card.gif">"#, url: "https://hand.example.com/a/"),
            "b/index.html": page(head: #"<meta property="og:image" content="/small.png">"#, url: "https://hand.example.com/b/"),
            "c/index.html": page(head: #"<meta property="og:image" content="/wide.png">"#, url: "https://hand.example.com/c/"),
            "card.gif": "GIF89a",
        ], binary: ["wide.png": TestImages.png(width: 955, height: 500), "small.png": TestImages.png(width: 600, height: 600)])
        #expect(findings.summary.sorted() == ["share.image public/a/index.html:5:1", "share.image public/b/index.html:5:1", "share.image public/index.html:5:1"])
    }

    @Test("translations: a page that names its translation is named back")
    func hreflang() async throws {
        let findings = try await checkOutput([
            "index.html": page(head: #"<link rel="alternate" hreflang="fr" href="/fr/">"#),
            "fr/index.html": page(head: "", lang: "fr", url: "https://hand.example.com/fr/"),
            "a/index.html": page(head: #"<link rel="alternate" hreflang="fr" href="/fr/a/">"#, url: "https://hand.example.com/a/"),
            "fr/a/index.html": page(head: #"<link rel="alternate" hreflang="en" href="/a/">"#, lang: "fr", url: "https://hand.example.com/fr/a/"),
        ])
        #expect(findings.summary == ["translations.hreflang public/index.html:5:1"])
    }

    @Test("a page with many problems of one kind reports twenty, then how many more")
    func manyProblems() async throws {
        let ids = (1...30).map { _ in #"<span id="twice">x</span>"# }.joined(separator: "\n")
        let findings = try await checkOutput(["index.html": page(body: ids)])
        let duplicates = findings.filter { $0.rule == "pages.duplicate-id" }
        #expect(duplicates.count == 21)
        #expect(duplicates.contains { $0.message == "and 9 more problems of this kind on this page" })
    }

    @Test("a JSON Feed without a version is reported, not skipped")
    func jsonFeedWithoutVersion() async throws {
        let feed = #"{"title":"T","items":[{"id":"1","url":"https://hand.example.com/a/","date_published":"yesterday"}]}"#
        let findings = try await checkOutput(["index.html": page(), "feed.json": feed])
        #expect(findings.contains { $0.rule == "feeds.required" && $0.message.contains("no `version`") })
    }
}

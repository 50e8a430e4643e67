import CMBlogComments
import CMBlogContent
import CMBlogCore
import Foundation
import Testing

@Suite struct CommentThreadParserTests {
    let parser = CommentThreadParser(timeZone: TimeZone(identifier: "Europe/Paris")!)

    @Test("a value of the wrong type is an error at its line, never dropped")
    func wrongTypes() {
        let (thread, diagnostics) = parser.parse("status: open\ncomments:\n  - id: \"1\"\n    date: 2020-01-02\n    body: [1, 2]\n    url: {x: 1}\n", path: "comments/p.yml")
        #expect(thread == nil)
        #expect(diagnostics.map(\.description) == [
            "comments/p.yml:5:11: error: comment 1: `body` must be a text value, not a list",
            "comments/p.yml:6:10: error: comment 1: `url` must be a text value, not a mapping",
        ])
    }

    @Test("replies from the networks: source, original, avatar, removed-at-source, and the backfeed block")
    func backfedShape() throws {
        let text = """
            comments:
              - id: mastodon-social_example-101
                author: Alice
                avatar: https://files.social.example/a.png
                date: 2026-04-21T10:30:00Z
                status: removed-at-source
                source: mastodon
                source_url: https://social.example/@alice/101
                body: "<p>Hi</p>"
            backfeed:
              written: [mastodon-social_example-101, wm-7]
              rejected:
                - wm-7
              reactions:
                mastodon: {reposts: 12, likes: 40}
                webmention: {likes: 2}
            """
        let (parsed, diagnostics) = parser.parse(text, path: "comments/p.yml")
        #expect(diagnostics.isEmpty)
        let thread = try #require(parsed)
        let comment = try #require(thread.comments.first)
        #expect(comment.source == .mastodon && comment.status == .removedAtSource)
        #expect(comment.sourceURL == "https://social.example/@alice/101" && comment.avatar == "https://files.social.example/a.png")
        #expect(thread.backfeed == BackfeedRecord(
            written: ["mastodon-social_example-101", "wm-7"], rejected: ["wm-7"],
            reactions: [.init(source: .mastodon, reposts: 12, likes: 40), .init(source: .webmention, reposts: 0, likes: 2)]))
    }

    @Test("a bad source, or a backfeed block of the wrong shape, is an error at its line")
    func badBackfedShape() {
        let (thread, diagnostics) = parser.parse("""
            comments:
              - id: "1"
                date: 2020-01-02
                source: myspace
                body: x
            backfeed:
              written: {a: 1}
              reactions:
                mastodon: {likes: many}
            """, path: "comments/p.yml")
        #expect(thread == nil)
        #expect(diagnostics.map(\.description) == [
            "comments/p.yml:4:13: error: comment 1: `source` must be mastodon, bluesky or webmention",
            "comments/p.yml:7:12: error: `written` must be a list of comment ids",
            "comments/p.yml:9:15: error: `reactions` holds `mastodon`, `bluesky` or `webmention`, each with `reposts` and `likes` counts",
        ])
    }

    @Test func readsTheDesignedShape() throws {
        let text = """
            status: closed
            comments:
              - id: "412"
                parent: null
                author: "Paul Exemple"
                url: "https://paul.example.net/"
                date: 2012-03-14T15:41:00+01:00
                type: comment
                body: "<p>Un billet très clair.</p>"
              - id: 413
                parent: 412
                author: Amélie
                author_id: amelie
                email: amelie@example.com
                date: 2012-03-14 16:02:00
                body: Merci Paul !
              - id: "414"
                author: Un blog
                url: https://blog.example.org/lien
                date: 2012-03-15
                type: pingback
                status: pending
            """
        let (thread, diagnostics) = parser.parse(text, path: "comments/pourquoi.yml")
        #expect(!diagnostics.containsError)
        let parsed = try #require(thread)
        #expect(parsed.slug == "pourquoi")
        #expect(parsed.status == .closed)
        #expect(parsed.comments.map(\.id) == ["412", "413", "414"])
        #expect(parsed.comments[1].parentID == "412")
        #expect(parsed.comments[1].authorID == "amelie")
        #expect(parsed.comments[1].email == "amelie@example.com")
        #expect(parsed.comments[1].date == Date(timeIntervalSince1970: 1_331_737_320))
        #expect(parsed.comments[2].kind == .pingback)
        #expect(parsed.comments[2].status == .pending)
        #expect(parsed.comments[0].line == 3)
    }

    @Test(arguments: [
        ("status: secret\n", 1, "`status` must be open, closed or hidden"),
        ("comments: nope\n", 1, "`comments` must be a list"),
        ("comments:\n  - author: x\n    date: 2012-01-01\n", 2, "has no `id`"),
        ("comments:\n  - id: 1\n    body: x\n", 2, "has no `date`"),
        ("comments:\n  - id: 1\n    date: yesterday\n", 3, "unrecognized date"),
        ("comments:\n  - id: 1\n    date: 2012-01-01\n    type: like\n", 4, "`type` must be"),
        ("comments:\n  - id: 1\n    date: 2012-01-01\n    status: maybe\n", 4, "`status` must be"),
        ("comments:\n  - id: 1\n    date: 2012-01-01\n  - id: 1\n    date: 2012-01-02\n", 4, "used twice"),
        ("comments:\n  - id: \"a b\"\n    date: 2012-01-01\n", 2, "may hold only"),
        ("comments:\n  - id: 1\n   date: 2012\n", 3, "malformed YAML"),
        ("- just\n- a list\n", 1, "must be a mapping"),
    ])
    func badInputNamesTheLine(_ text: String, _ line: Int, _ message: String) {
        let (thread, diagnostics) = parser.parse(text, path: "comments/x.yml")
        #expect(thread == nil)
        let error = diagnostics.first { $0.severity == .error }
        #expect(error?.location.line == line, "\(diagnostics)")
        #expect(error?.message.contains(message) == true, "\(diagnostics)")
        #expect(error?.location.path == "comments/x.yml")
    }

    @Test func warnsAboutALinkThatIsNotWeb() {
        let (_, diagnostics) = parser.parse("comments:\n  - id: 1\n    date: 2012-01-01\n    url: javascript:alert(1)\n    body: x\n", path: "comments/x.yml")
        #expect(diagnostics.contains { $0.severity == .warning && $0.location.line == 4 })
    }
}

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

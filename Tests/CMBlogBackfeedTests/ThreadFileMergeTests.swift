import CMBlogBackfeed
import CMBlogComments
import CMBlogCore
import Foundation
import Testing

/// Merging into thread files written by hand in every shape YAML allows: what was there stays
/// byte for byte, what is new follows the file's own layout.
@Suite("Merging into thread files")
struct ThreadFileMergeTests {
    let merge = ThreadFileMerge(path: "comments/p.yml", timeZone: .gmt)

    static func reply(_ id: String, status: CMBlogComments.Comment.Status = .pending) -> CMBlogComments.Comment {
        var comment = CMBlogComments.Comment(id: id, author: "Alice", date: Date(timeIntervalSince1970: 1_776_000_000), status: status, body: "<p>Hi</p>")
        comment.source = .mastodon
        comment.sourceURL = "https://social.example/@alice/\(id)"
        return comment
    }

    static let item = """
        - id: "m-1"
          author: Alice
          date: 2026-04-12T13:20:00Z
          status: pending
          source: mastodon
          source_url: https://social.example/@alice/m-1
          body: <p>Hi</p>

        """

    static let block = CommentYAML.block(BackfeedRecord(written: ["m-1"]))

    static func indented(_ text: String, _ indent: String) -> String {
        text.split(separator: "\n").map { indent + $0 + "\n" }.joined()
    }

    @Test("Windows line ends and a missing final line end are kept; new lines follow the file's line ends")
    func lineEnds() throws {
        let text = "status: open\r\ncomments:\r\n  - id: \"1\"\r\n    date: 2020-01-01\r\n    body: x"
        let merged = try #require(try merge.merge(text, incoming: [Self.reply("m-1")], complete: [.mastodon], reactions: []).text)
        let expected = text + "\r\n" + (Self.indented(Self.item, "  ") + Self.block).replacingOccurrences(of: "\n", with: "\r\n")
        #expect(merged == expected)
    }

    @Test("a list written at column zero gets its new items at column zero; an empty `comments: []` becomes a list")
    func indentation() throws {
        let flush = "comments:\n- id: \"1\"\n  date: 2020-01-01\n  body: x\n"
        #expect(try merge.merge(flush, incoming: [Self.reply("m-1")], complete: [], reactions: []).text == flush + Self.item + Self.block)
        let empty = "status: closed\ncomments: []   # none yet\n"
        #expect(try merge.merge(empty, incoming: [Self.reply("m-1")], complete: [], reactions: []).text
            == "status: closed\ncomments:\n" + Self.indented(Self.item, "  ") + Self.block)
        let none = "status: closed\n"
        #expect(try merge.merge(none, incoming: [Self.reply("m-1")], complete: [], reactions: []).text
            == none + "comments:\n" + Self.indented(Self.item, "  ") + Self.block)
    }

    @Test("a flow list is refused with its line, and the file left alone")
    func flowList() {
        let text = "status: open\ncomments: [{id: \"1\", date: 2020-01-01, body: x}]\n"
        #expect {
            _ = try merge.merge(text, incoming: [Self.reply("m-1")], complete: [], reactions: [])
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.description.hasPrefix("comments/p.yml:2:1: error: `comments` is written as a flow list") == true
        }
    }

    @Test("a reply approved without `status:` and deleted at the source gets the line under its id")
    func removedWithoutStatusLine() throws {
        let text = """
            comments:
              - id: m-1
                author: Alice
                date: 2026-04-12T13:20:00Z
                source: mastodon
                body: <p>Hi</p>
            backfeed:
              written: [m-1]

            """
        let result = try merge.merge(text, incoming: [], complete: [.mastodon], reactions: [])
        #expect(result.removed == ["m-1"])
        #expect(result.text == text.replacingOccurrences(of: "  - id: m-1\n", with: "  - id: m-1\n    status: removed-at-source\n"))
        // The network was not read in full: nothing is marked.
        #expect(try merge.merge(text, incoming: [], complete: [.bluesky], reactions: []).text == nil)
    }

    @Test("a backfeed block a person moved to the top is rewritten where it is; unknown ids in `rejected` are respected")
    func blockFirst() throws {
        let text = "backfeed:\n  rejected: [m-2]\n# The thread.\ncomments:\n  - id: \"1\"\n    date: 2020-01-01\n    body: x\n"
        let result = try merge.merge(text, incoming: [Self.reply("m-1"), Self.reply("m-2")], complete: [.mastodon], reactions: [])
        #expect(result.added.map(\.id) == ["m-1"])
        let block = CommentYAML.block(BackfeedRecord(written: ["m-1"], rejected: ["m-2"]))
        #expect(result.text == block + "# The thread.\ncomments:\n  - id: \"1\"\n    date: 2020-01-01\n    body: x\n" + Self.indented(Self.item, "  "))
    }

    @Test("a thread file that does not parse is an error, never rewritten")
    func brokenFile() {
        #expect(throws: DiagnosticError.self) {
            _ = try merge.merge("comments:\n  - id: \"1\"\n    date: not a date\n", incoming: [Self.reply("m-1")], complete: [], reactions: [])
        }
    }
}

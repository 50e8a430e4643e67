import CMBlogContent
import Foundation
import Testing

@Suite("Syndication block of front matter")
struct SyndicationBlockTests {
    let post = "---\ntitle: \"Un titre : deux points\"   # comment kept\ndate: 2026-04-20\nauthor: ana\n---\nBody with\nsyndication: in the text.\n"

    @Test("adds a block list before the closing fence and leaves every other byte alone")
    func addsBlock() throws {
        let added = try #require(SyndicationBlock.adding(["https://social.example/@b/1"], existing: [], to: post))
        #expect(added == "---\ntitle: \"Un titre : deux points\"   # comment kept\ndate: 2026-04-20\nauthor: ana\nsyndication:\n  - https://social.example/@b/1\n---\nBody with\nsyndication: in the text.\n")
        #expect(SyndicationBlock.removed(from: Data(added.utf8)) == Data(post.utf8))
    }

    @Test("extends an existing list in any form, without repeating a URL")
    func extendsList() throws {
        let block = "---\ntitle: T\nsyndication:\n- https://a.example/1\n\ntags: [x]\n---\nBody\n"
        let flow = "---\ntitle: T\nsyndication: [https://a.example/1]\ntags: [x]\n---\nBody\n"
        let expected = "---\ntitle: T\nsyndication:\n  - https://a.example/1\n  - https://b.example/2\n"
        for text in [block, flow] {
            let added = try #require(SyndicationBlock.adding(["https://a.example/1", "https://b.example/2"], existing: ["https://a.example/1"], to: text))
            #expect(added.hasPrefix(expected))
            #expect(added.hasSuffix("tags: [x]\n---\nBody\n"))
        }
    }

    @Test("keeps Windows line endings and a byte-order mark")
    func lineEndings() throws {
        let text = "\u{FEFF}---\r\ntitle: T\r\n---\r\nBody\r\n"
        let added = try #require(SyndicationBlock.adding(["https://a.example/1"], existing: [], to: text))
        #expect(added == "\u{FEFF}---\r\ntitle: T\r\nsyndication:\r\n  - https://a.example/1\r\n---\r\nBody\r\n")
        #expect(SyndicationBlock.removed(from: Data(added.utf8)) == Data(text.utf8))
    }

    @Test("quotes a URL that plain YAML would misread")
    func quoting() throws {
        let added = try #require(SyndicationBlock.adding(["https://a.example/x#frag"], existing: [], to: "---\ntitle: T\n---\n"))
        #expect(added.contains("  - \"https://a.example/x#frag\"\n"))
    }

    @Test("a file without front matter, or not UTF-8, is left as it is")
    func untouched() {
        #expect(SyndicationBlock.adding(["https://a.example/1"], existing: [], to: "No front matter\n") == nil)
        let latin1 = Data([0x2D, 0x2D, 0x2D, 0x0A, 0xE9, 0x0A, 0x2D, 0x2D, 0x2D, 0x0A])
        #expect(SyndicationBlock.removed(from: latin1) == latin1)
    }
}

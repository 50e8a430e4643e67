import CMBlogContent
import CMBlogCore
import Foundation
import Testing

/// A value of the wrong shape is an error at its own line, never silently dropped.
@Suite("Values of the wrong type")
struct WrongTypeTests {
    func errorsOf(_ files: String) async -> [String] {
        errors(await assemble(files).1)
    }

    static let post = """
        -- content/posts/p.md --
        ---
        title: P
        date: 2020-01-01
        author: amelie
        ---
        Body.
        """

    @Test("author `key`, `bio` and `role` given as lists")
    func authorFields() async {
        let errors = await errorsOf(Self.post + "\n-- authors/bea.yml --\nname: Béa\nkey: [1]\nbio: [1]\nrole: {a: 1}\n")
        #expect(errors == [
            "authors/bea.yml:2:6: error: `key` must be a text value, not a list",
            "authors/bea.yml:3:6: error: `bio` must be a text value, not a list",
            "authors/bea.yml:4:7: error: `role` must be a text value, not a mapping",
        ])
    }

    @Test("`aliases: 42` and `aliases: {a: 1}` in front matter")
    func aliases() async {
        let number = Self.post.replacingOccurrences(of: "author: amelie", with: "author: amelie\naliases: 42")
        #expect(await errorsOf(number) == ["content/posts/p.md:5:10: error: an alias must be an old path such as /2012/03/old-title/, not '42'"])
        let mapping = Self.post.replacingOccurrences(of: "author: amelie", with: "author: amelie\naliases: {a: 1}")
        #expect(await errorsOf(mapping).first?.hasPrefix("content/posts/p.md:5:10: error: `aliases` must be a list") == true)
    }

    @Test("a syndication entry that is not an http(s) address is an error at its line")
    func syndicationLinks() async {
        let post = Self.post.replacingOccurrences(of: "author: amelie", with: "author: amelie\nsyndication:\n  - https://social.example/@a/1\n  - \"javascript:alert(1)\"\n  - Evil")
        #expect(await errorsOf(post) == [
            "content/posts/p.md:7:5: error: `syndication` lists the addresses of a post's social copies: 'javascript:alert(1)' is not an http or https address",
            "content/posts/p.md:8:5: error: `syndication` lists the addresses of a post's social copies: 'Evil' is not an http or https address",
        ])
    }

    @Test("`paths: [1]` in cmblog.yml")
    func paths() async {
        let errors = await errorsOf(Self.post + "\n-- cmblog.yml --\ntitle: T\nbaseURL: https://t.example/\npaths: [1]\n")
        #expect(errors == ["cmblog.yml:3:8: error: `paths` must be a mapping such as `authors: auteurs`"])
    }

    @Test("a list of names holding a list")
    func nestedTags() async {
        let tags = Self.post.replacingOccurrences(of: "author: amelie", with: "author: amelie\ntags: [a, [b]]")
        #expect(await errorsOf(tags) == ["content/posts/p.md:5:7: error: expected a name or a list of names"])
    }
}

@Suite("Entries never published")
struct WithheldEntryTests {
    @Test("a password-protected, private or deleted post is never published, not even with drafts", arguments: [
        ("password: secret", "never published: it is protected by a password (`password:`)"),
        ("status: private", "never published: it is private (`status: private`)"),
        ("status: trash", "never published: it was deleted (`status: trash`)"),
    ])
    func withheld(line: String, note: String) async throws {
        let post = WrongTypeTests.post.replacingOccurrences(of: "author: amelie", with: "author: amelie\n\(line)")
        let (site, diagnostics) = await assemble(post, drafts: true, future: true)
        #expect(try #require(site).posts.isEmpty)
        #expect(diagnostics.map(\.description) == ["content/posts/p.md:5:\(line.hasPrefix("password") ? 11 : 9): note: \(note)"])
    }

    @Test("a pending post is a draft, a published one is published")
    func statuses() async throws {
        let pending = WrongTypeTests.post.replacingOccurrences(of: "author: amelie", with: "author: amelie\nstatus: pending")
        #expect(try #require(await assemble(pending).0).posts.isEmpty)
        #expect(try #require(await assemble(pending, drafts: true).0).posts.count == 1)
        let published = WrongTypeTests.post.replacingOccurrences(of: "author: amelie", with: "author: amelie\nstatus: publish\npassword: \"\"")
        #expect(try #require(await assemble(published).0).posts.count == 1)
    }
}

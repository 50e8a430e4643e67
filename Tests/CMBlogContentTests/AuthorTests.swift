import CMBlogContent
import CMBlogCore
import Foundation
import Testing

@Suite("Authors")
struct AuthorTests {
    @Test("an author file is read whole: links in order, handle, dates, successor, key")
    func fullAuthor() async throws {
        let (site, diagnostics) = await assemble("""
            -- authors/paul.yml --
            name: Paul Exemple
            bio: "Écrit sur *l'atelier*."
            links:
              website: https://paul.example/
              mastodon: https://social.example/@paul
            fediverse: "@paul@social.example"
            status: former
            joined: 2010-01-04
            left: 2013-06-30
            successor: amelie
            key: RWQBAQEBAQEBAQ
            """)
        #expect(errors(diagnostics) == [])
        let paul = try #require(site?.authors["paul"])
        #expect(paul.links.map(\.name) == ["website", "mastodon"])
        #expect(paul.links.map(\.label) == ["Website", "Mastodon"])
        #expect(paul.fediverse == "@paul@social.example")
        #expect(paul.status == .former && paul.successor == "amelie")
        #expect(paul.bioHTML.contains("<em>l’atelier</em>"))
        #expect(paul.location(of: "key") == SourceLocation(path: "authors/paul.yml", line: 11, column: 1))
        #expect(site?.predecessors(of: "amelie").map(\.id) == ["paul"])
        #expect(site?.sortedAuthors.map(\.id) == ["amelie", "paul"])
    }

    @Test("bad links, handles and successors name their line")
    func badFields() async {
        let (_, diagnostics) = await assemble("""
            -- authors/paul.yml --
            name: Paul
            links:
              website: paul.example
            fediverse: paul@social
            successor: amelia
            """)
        #expect(errors(diagnostics) == [
            "authors/paul.yml:3:12: error: `website` must be an address starting with https://",
            "authors/paul.yml:4:12: error: `fediverse` must be a handle such as @name@mastodon.example",
        ])
        let (_, second) = await assemble("""
            -- authors/paul.yml --
            name: Paul
            status: former
            successor: amelia
            """)
        #expect(errors(second) == ["authors/paul.yml:3:1: error: `successor` must name another author (a file in authors/); did you mean `amelie`?"])
    }

    @Test("co-authors are listed in byline order and the post counts for each")
    func coAuthors() async throws {
        let (site, diagnostics) = await assemble("""
            -- authors/paul.yml --
            name: Paul
            -- content/posts/a.md --
            ---
            title: A
            date: 2012-01-01
            authors: [paul, amelie]
            ---
            """)
        #expect(errors(diagnostics) == [])
        let assembled = try #require(site)
        #expect(assembled.posts.first?.entry.authorIDs == ["paul", "amelie"])
        #expect(assembled.postIndexes(by: "amelie") == [0])
        #expect(assembled.postIndexes(by: "paul") == [0])
    }
}

import CMBlogContent
import CMBlogCore
import Foundation
import Testing

@Suite("Content errors name the file and line")
struct ContentErrorTests {
    @Test("malformed YAML")
    func malformedYAML() async {
        let (_, diagnostics) = await assemble("""
            -- content/posts/a.md --
            ---
            title: A
            date: 2012-01-01
            tags: [un, deux
            author: amelie
            ---
            """)
        let found = errors(diagnostics)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("content/posts/a.md:5:") == true)
        #expect(found.first?.contains("error: malformed YAML") == true)
    }

    @Test("missing title and date")
    func missingKeys() async {
        let (_, diagnostics) = await assemble("""
            -- content/posts/a.md --
            ---
            author: amelie
            ---
            Body.
            """)
        #expect(errors(diagnostics) == [
            "content/posts/a.md:1:1: error: missing `date` in front matter",
            "content/posts/a.md:1:1: error: missing `title` in front matter",
        ])
    }

    @Test("unparseable date")
    func badDate() async {
        let (_, diagnostics) = await assemble("""
            -- content/posts/a.md --
            ---
            title: A
            date: le 14 mars
            author: amelie
            ---
            """)
        #expect(errors(diagnostics) == [
            "content/posts/a.md:3:7: error: unrecognized date 'le 14 mars'; write 2012-03-14, 2012-03-14 15:41:00 +0100 or 2012-03-14T15:41:00+01:00",
        ])
    }

    @Test("unknown and missing authors")
    func authors() async {
        let (_, diagnostics) = await assemble("""
            -- content/posts/a.md --
            ---
            title: A
            date: 2012-01-01
            author: amelia
            ---
            -- content/posts/b.md --
            ---
            title: B
            date: 2012-01-01
            ---
            """)
        #expect(errors(diagnostics) == [
            "content/posts/a.md:4:1: error: unknown author `amelia`; did you mean `amelie`?",
            "content/posts/b.md:1:1: error: missing `author` in front matter",
        ])
    }

    @Test("author file without a name")
    func namelessAuthor() async {
        let (_, diagnostics) = await assemble("""
            -- authors/ghost.yml --
            role: Writer
            """)
        #expect(errors(diagnostics) == ["authors/ghost.yml:1:1: error: missing `name`: the brand speaks through named people"])
    }

    @Test("slugs and permalinks that leave the site")
    func escapingPaths() async {
        let (_, diagnostics) = await assemble("""
            -- content/posts/a.md --
            ---
            title: A
            date: 2012-01-01
            author: amelie
            slug: ../../etc
            ---
            -- content/posts/b.md --
            ---
            title: B
            date: 2012-01-01
            author: amelie
            permalink: /../../outside/
            ---
            -- content/pages/c.md --
            ---
            title: C
            permalink: https://elsewhere.example/c/
            ---
            """)
        #expect(errors(diagnostics) == [
            "content/pages/c.md:3:12: error: invalid permalink 'https://elsewhere.example/c/': it is an absolute URL or path outside the site; give a path such as /about/",
            "content/posts/a.md:5:7: error: invalid slug '../../etc': a slug is one URL segment, without '/' or '..'",
            "content/posts/b.md:5:12: error: invalid permalink '/../../outside/': it contains '..', which would point outside the site",
        ])
    }

    @Test("empty file and unclosed front matter")
    func emptyFiles() async {
        let (_, diagnostics) = await assemble("""
            -- content/posts/empty.md --

            -- content/posts/open.md --
            ---
            title: Open
            """)
        #expect(errors(diagnostics) == [
            "content/posts/empty.md:1:1: error: the file is empty; a post needs front matter with at least a title",
            "content/posts/open.md:1:1: error: front matter opened with `---` is never closed by a `---` line",
        ])
    }

    @Test("collects every error of the build, not just the first")
    func collectsAll() async {
        var files = ""
        for index in 0..<5 {
            files += "-- content/posts/p\(index).md --\n---\ntitle: P\ndate: nope\nauthor: amelie\n---\n"
        }
        #expect(errors(await assemble(files).1).count == 5)
    }
}

import CMBlogContent
import CMBlogCore
import CMBlogMarkdown
import Foundation
import Testing

@Suite("Front matter")
struct FrontMatterTests {
    @Test("reads a post exported from WordPress to Jekyll as it is")
    func wordPressExport() async throws {
        let (site, diagnostics) = await assemble("""
            -- content/posts/2014-04-02-competence.md --
            ---
            id: 74
            title: Le métier est une compétence
            date: 2014-04-02T08:00:05+00:00
            author: amelie
            layout: post
            guid: http://ancien.example.com/?p=74
            permalink: /le-metier-competence/
            panels_data:
              - 'a:0:{}'
            image: /wp-content/uploads/2014/07/cover.png
            categories:
              - Réseaux sociaux
            tags:
              - community management
              - Facebook
            ---
            Un paragraphe d’introduction.<!--more-->

            <ul class="old"><li style="font-style: inherit;">Du <span style="font-weight: bold;">HTML</span> brut</li></ul>
            """)
        #expect(errors(diagnostics).isEmpty)
        let post = try #require(site?.posts.first)
        #expect(post.url.value == "/le-metier-competence/")
        #expect(post.entry.guid == "http://ancien.example.com/?p=74")
        #expect(post.entry.legacyID == "74")
        #expect(post.entry.image == "/wp-content/uploads/2014/07/cover.png")
        #expect(post.categoryTerms == [TermLink(name: "Réseaux sociaux", url: try SitePath(validating: "/categories/reseaux-sociaux/"))])
        #expect(post.tagTerms.map(\.url.value) == ["/tags/community-management/", "/tags/facebook/"])
        #expect(post.entry.body.moreExcerptHTML == "<p>Un paragraphe d’introduction.</p>")
        #expect(post.entry.body.html.contains("<span style=\"font-weight: bold;\">HTML</span>"))
        #expect(diagnostics.contains { $0.severity == .note && $0.message.contains("`panels_data`") && $0.location.line == 9 })
    }

    @Test("accepts the date forms of DESIGN.md, in the site's time zone when they carry none", arguments: [
        ("2012-03-14T15:41:00+01:00", "2012-03-14T15:41:00+01:00"),
        ("2012-03-14T14:41:00Z", "2012-03-14T15:41:00+01:00"),
        ("2012-03-14 15:41:00 +0100", "2012-03-14T15:41:00+01:00"),
        ("2012-03-14 15:41", "2012-03-14T15:41:00+01:00"),
        ("2012-03-14", "2012-03-14T00:00:00+01:00"),
        ("2012-07-14", "2012-07-14T00:00:00+02:00"),
    ])
    func dates(text: String, iso: String) throws {
        let paris = TimeZone(identifier: "Europe/Paris")!
        let date = try #require(ContentDate.parse(text, timeZone: paris))
        #expect(DateText.iso8601(date, in: paris) == iso)
    }

    @Test("refuses impossible dates", arguments: ["2012-02-30", "2012-13-01", "14/03/2012", "yesterday", "2012-03-14 25:00"])
    func badDates(text: String) {
        #expect(ContentDate.parse(text, timeZone: TimeZone(identifier: "UTC")!) == nil)
    }

    @Test("leaves out drafts and unpublished posts unless asked")
    func drafts() async {
        let files = """
            -- content/posts/a.md --
            ---
            title: A
            date: 2012-01-01
            author: amelie
            draft: true
            ---
            -- content/posts/b.md --
            ---
            title: B
            date: 2012-01-02
            author: amelie
            published: false
            ---
            -- content/posts/c.md --
            ---
            title: C
            date: 2012-01-03
            author: amelie
            ---
            """
        #expect(await assemble(files).0?.posts.map(\.entry.slug) == ["c"])
        #expect(await assemble(files, drafts: true).0?.posts.map(\.entry.slug) == ["c", "b", "a"])
    }

    @Test("leaves out future posts unless asked")
    func future() async {
        let files = """
            -- content/posts/later.md --
            ---
            title: Later
            date: 2030-01-01
            author: amelie
            ---
            """
        #expect(await assemble(files).0?.posts.isEmpty == true)
        #expect(await assemble(files, future: true).0?.posts.count == 1)
    }

    @Test("builds a file with a byte-order mark and CRLF line ends")
    func bomAndCRLF() async throws {
        let text = "\u{FEFF}---\r\ntitle: Windows\r\ndate: 2012-01-01\r\nauthor: amelie\r\n---\r\nLine one.\r\n\r\nLine two.\r\n"
        let (site, diagnostics) = await assemble("-- content/posts/win.md --\n" + text)
        #expect(errors(diagnostics).isEmpty)
        let post = try #require(site?.posts.first)
        #expect(post.entry.title == "Windows")
        #expect(post.entry.body.html == "<p>Line one.</p>\n<p>Line two.</p>\n")
    }

    @Test("makes slugs from file names without their date")
    func slugs() async {
        let (site, _) = await assemble("""
            -- content/posts/2012-03-14-Pourquoi nous signons.md --
            ---
            title: Pourquoi
            date: 2012-03-14
            author: amelie
            ---
            """)
        #expect(site?.posts.first?.url.value == "/2012/03/pourquoi-nous-signons/")
    }
}

import CMBlogContent
import CMBlogCore
import Testing

@Suite("Pinned posts and post formats")
struct PinnedAndFormatTests {
    static let authors = """
        -- authors/ana.yml --
        name: Ana

        """

    @Test("a pinned post opens the home page; the dates keep their order elsewhere")
    func pinnedFirst() async throws {
        let (assembled, diagnostics) = await assemble(Self.authors + """
            -- content/posts/2020-01-01-old.md --
            ---
            title: Old
            date: 2020-01-01
            author: ana
            pinned: true
            ---
            -- content/posts/2021-01-01-middle.md --
            ---
            title: Middle
            date: 2021-01-01
            author: ana
            format: quote
            ---
            -- content/posts/2022-01-01-new.md --
            ---
            title: New
            date: 2022-01-01
            author: ana
            pinned: false
            ---
            """)
        #expect(errors(diagnostics).isEmpty)
        let site = try #require(assembled)
        #expect(site.posts.map(\.entry.slug) == ["new", "middle", "old"])
        #expect(site.homePostIndexes(in: site.config.language).map { site.posts[$0].entry.slug } == ["old", "new", "middle"])
        #expect(site.posts[1].entry.format == "quote" && site.posts[0].entry.format == nil)
    }

    @Test("an unknown post format is an error at its line")
    func unknownFormat() async {
        let (_, diagnostics) = await assemble(Self.authors + """
            -- content/posts/2022-01-01-new.md --
            ---
            title: New
            date: 2022-01-01
            author: ana
            format: poem
            ---
            """)
        #expect(errors(diagnostics) == ["content/posts/2022-01-01-new.md:5:9: error: `format` must be one of aside, audio, chat, gallery, image, link, quote, status, video (or standard)"])
    }
}

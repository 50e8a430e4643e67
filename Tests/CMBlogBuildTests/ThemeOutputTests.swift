import CMBlogBuild
import CMBlogTestSupport
import Foundation
import Testing

/// What the default theme makes of a brand's settings and posts: logo, covers, the author's
/// key, the site's description, and the URLs pages state about themselves.
@Suite("Default theme")
struct ThemeOutputTests {
    /// A French site with a logo, paginated by 2; `ana` signs with a key and wrote three posts,
    /// `first.md` with a cover and a footnote in its first paragraph, the others without.
    static let built: Task<[String: String], any Error> = Task {
        let site = try InlineFixture("""
            -- cmblog.yml --
            title: Mini
            description: "Un atelier : café, gens et machines !"
            baseURL: https://mini.example.com/
            language: fr
            paginate: 2
            logo: /images/logo.png
            -- authors/ana.yml --
            name: Ana
            key: RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3
            -- content/posts/2020-01-01-first.md --
            ---
            title: First
            date: 2020-01-01
            author: ana
            image: /images/cover.png
            image_alt: Une tasse
            ---
            Une affirmation.[^1]

            [^1]: Sa source.
            -- content/posts/2020-01-02-second.md --
            ---
            title: Second
            date: 2020-01-02
            author: ana
            ---
            Sans image.
            -- content/posts/2020-01-03-third.md --
            ---
            title: Third
            date: 2020-01-03
            author: ana
            ---
            Troisième.
            """).write()
        let images = site.appending(path: "static/images")
        try FileManager.default.createDirectory(at: images, withIntermediateDirectories: true)
        try TestImages.png(width: 1000, height: 500).write(to: images.appending(path: "cover.png"))
        try TestImages.png(width: 512, height: 512).write(to: images.appending(path: "logo.png"))
        let output = try temporaryFolder().appending(path: "public")
        try await build(site, into: output)
        return try FileTree.read(output).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    func file(_ path: String) async throws -> String {
        try #require(try await Self.built.value[path], "missing \(path)")
    }

    @Test("every page's og:url is its canonical URL, on the second page of a list too")
    func openGraphURLIsCanonical() async throws {
        let pages = try await Self.built.value.filter { $0.key.hasSuffix(".html") && $0.value.contains("rel=\"canonical\"") }
        #expect(pages.keys.contains("authors/ana/page/2/index.html"))
        #expect(pages.keys.contains("page/2/index.html"))
        for (path, html) in pages where html.contains("og:url") {
            let canonical = html.firstMatch(of: /<link rel="canonical" href="([^"]*)">/)?.1
            let openGraph = html.firstMatch(of: /<meta property="og:url" content="([^"]*)">/)?.1
            #expect(canonical != nil && canonical == openGraph, "\(path)")
        }
    }

    @Test("the header shows the logo with the site's title as its text")
    func logo() async throws {
        let home = try await file("index.html")
        #expect(home.contains("<img class=\"site-logo\" src=\"/images/logo.png\" alt=\"Mini\" height=\"44\" width=\"44\""))
        #expect(home.contains("sizes=\"44px\""), "the logo's copies are chosen for the size it is shown at")
    }

    @Test("a French site's description gets French spacing in the meta description, the header and the feeds")
    func descriptionTypography() async throws {
        let spaced = "Un atelier\u{202F}: café, gens et machines\u{202F}!"
        let post = try await file("2020/01/second/index.html")
        #expect(post.contains("<span class=\"site-tagline\">\(spaced)</span>"))
        #expect(try await file("index.html").contains("<meta name=\"description\" content=\"\(spaced)\">"))
        #expect(try await file("feed.xml").contains("<subtitle>\(spaced)</subtitle>"))
        #expect(try await file("feed.json").contains("\"description\" : \"\(spaced)\""))
    }

    @Test("lists show covers with the layout's sizes, and nothing where a post has none; the first post of the home page is featured")
    func listCovers() async throws {
        let home = try await file("page/2/index.html")
        #expect(home.contains("<article class=\"h-entry entry-summary has-cover\">"))
        #expect(home.contains("<img class=\"u-photo\" src=\"/images/cover.png\" alt=\"Une tasse\" sizes=\"(min-width: 48rem) 18rem, calc(100vw - 2.5rem)\" width=\"1000\" height=\"500\" srcset=\"/images/cover-480w.png 480w, /images/cover-960w.png 960w, /images/cover-1000w.png 1000w\""))
        let first = try await file("index.html")
        #expect(first.contains("<article class=\"h-entry entry-summary featured\">"))
        #expect(first.components(separatedBy: "featured").count == 2)
        #expect(!first.contains("entry-cover"))
        let author = try await file("authors/ana/page/2/index.html")
        #expect(author.contains("class=\"entry-cover\""))
        let post = try await file("2020/01/first/index.html")
        #expect(post.contains("<figure class=\"post-cover\"><picture><source type=\"image/webp\""))
        #expect(post.contains("<img class=\"u-photo\" src=\"/images/cover.png\" alt=\"Une tasse\" sizes=\"(min-width: 66.5rem) 64rem, calc(100vw - 2.5rem)\" width=\"1000\" height=\"500\" srcset=\"/images/cover-480w.png"))
    }

    @Test("excerpts and summary feeds leave out footnote references")
    func excerptsWithoutFootnotes() async throws {
        let list = try await file("page/2/index.html")
        #expect(list.contains("<p>Une affirmation.</p>"))
        #expect(!list.contains("footnote-ref"))
        #expect(!(try await file("authors/ana/feed.xml")).contains("fn-first"))
        #expect(try await file("2020/01/first/index.html").contains("href=\"#fn-first-1\""))
    }

    @Test("the author's key is folded under their posts, with what it proves in plain words")
    func signingKeyBelowPosts() async throws {
        let author = try await file("authors/ana/index.html")
        let posts = try #require(author.range(of: "<div class=\"h-feed\">"))
        let key = try #require(author.range(of: "<details id=\"signing-key\" class=\"signing-key\">"))
        #expect(posts.upperBound < key.lowerBound)
        #expect(author.contains("<summary>Comment vérifier qu’un billet est bien de Ana</summary>"))
        #expect(author.contains("la signature prouve que le texte est de sa main"))
        #expect(author.contains("minisign -Vm index.md -P RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3"))
    }
}

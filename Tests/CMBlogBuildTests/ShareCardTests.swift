import CMBlogBuild
import CMBlogTestSupport
import Foundation
import Testing

/// Share cards, structured data and share links of built pages.
@Suite("Share cards and share links")
struct ShareCardTests {
    /// A French site with a default PNG card, a logo and an X account; `first.md` has tags, a
    /// category and its own JPEG-named cover that is not in `static/`.
    func cardSite(settings: String = "", frontMatter: String = "image: /images/cover.png\nimage_alt: A cup") throws -> URL {
        let site = try InlineFixture("""
            -- cmblog.yml --
            title: Mini
            baseURL: https://mini.example.com/
            language: fr
            image: /images/card.png
            logo: /images/logo.png
            social:
              x: https://x.com/minibrand
            \(settings)
            -- authors/ana.yml --
            name: Ana
            links:
              x: https://twitter.com/ana_writes
            -- content/posts/first.md --
            ---
            title: First
            date: 2020-01-01
            author: ana
            categories: [Atelier]
            tags: [café, lyon]
            \(frontMatter)
            ---
            Hello.
            """).write()
        let images = site.appending(path: "static/images")
        try FileManager.default.createDirectory(at: images, withIntermediateDirectories: true)
        try TestImages.png(width: 1200, height: 630).write(to: images.appending(path: "card.png"))
        try TestImages.png(width: 1000, height: 500).write(to: images.appending(path: "cover.png"))
        try TestImages.png(width: 512, height: 512).write(to: images.appending(path: "logo.png"))
        return site
    }

    func page(_ path: String, of site: URL) async throws -> String {
        let output = try temporaryFolder().appending(path: "public")
        try await build(site, into: output)
        return try String(contentsOf: output.appending(path: path), encoding: .utf8)
    }

    @Test("a post's card is an article with its own image, size, dates, authors, section and tags")
    func articleCard() async throws {
        let html = try await page("2020/01/first/index.html", of: try cardSite())
        for tag in [
            #"<meta property="og:type" content="article">"#, #"<meta property="og:title" content="First">"#,
            #"<meta property="og:url" content="https://mini.example.com/2020/01/first/">"#,
            #"<meta property="og:site_name" content="Mini">"#, #"<meta property="og:locale" content="fr_FR">"#,
            #"<meta property="og:image" content="https://mini.example.com/images/cover.png">"#,
            #"<meta property="og:image:type" content="image/png">"#,
            #"<meta property="og:image:width" content="1000">"#, #"<meta property="og:image:height" content="500">"#,
            #"<meta property="og:image:alt" content="A cup">"#,
            #"<meta property="article:published_time" content="2020-01-01T00:00:00Z">"#,
            #"<meta property="article:author" content="https://mini.example.com/authors/ana/">"#,
            #"<meta property="article:section" content="Atelier">"#,
            #"<meta property="article:tag" content="café">"#, #"<meta property="article:tag" content="lyon">"#,
            #"<meta name="twitter:card" content="summary_large_image">"#,
            #"<meta name="twitter:site" content="@minibrand">"#, #"<meta name="twitter:creator" content="@ana_writes">"#,
        ] {
            #expect(html.contains(tag), "missing \(tag)")
        }
    }

    @Test("JSON-LD names the publisher with its logo and the breadcrumbs down to the post")
    func structuredData() async throws {
        let html = try await page("2020/01/first/index.html", of: try cardSite())
        #expect(html.contains(#""publisher":{"@type":"Organization","logo":{"@type":"ImageObject","height":512,"url":"https://mini.example.com/images/logo.png","width":512},"name":"Mini","sameAs":["https://x.com/minibrand"],"url":"https://mini.example.com/"}"#))
        #expect(html.contains(#"{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","item":"https://mini.example.com/","name":"Mini","position":1},{"@type":"ListItem","item":"https://mini.example.com/categories/atelier/","name":"Atelier","position":2},{"@type":"ListItem","item":"https://mini.example.com/2020/01/first/","name":"First","position":3}]}"#))
    }

    @Test("a post without an image shows its generated card; with an SVG one, or with cards off, the site's default card")
    func defaultImage() async throws {
        let generated = try await page("2020/01/first/index.html", of: try cardSite(frontMatter: ""))
        #expect(generated.contains(#"<meta property="og:image" content="https://mini.example.com/2020/01/first/card.png">"#))
        #expect(generated.contains(#"<meta property="og:image:width" content="1200">"#))
        #expect(generated.contains(#"<meta property="og:image:alt" content="First">"#))
        #expect(generated.contains(#""image":"https://mini.example.com/2020/01/first/card.png""#))
        for site in [try cardSite(frontMatter: "image: /images/drawing.svg"), try cardSite(settings: "share_cards: false", frontMatter: "")] {
            let html = try await page("2020/01/first/index.html", of: site)
            #expect(html.contains(#"<meta property="og:image" content="https://mini.example.com/images/card.png">"#))
            #expect(html.contains(#"<meta property="og:image:width" content="1200">"#))
        }
        let home = try await page("index.html", of: try cardSite())
        #expect(home.contains(#"<meta property="og:type" content="website">"#))
        #expect(home.contains(#"<meta property="og:image" content="https://mini.example.com/images/card.png">"#))
        #expect(!home.contains("article:published_time"))
    }

    @Test("a site with no image at all has a small card and no og:image, with share cards off")
    func noImage() async throws {
        let site = try writeSite()
        let settings = site.appending(path: "cmblog.yml")
        try Data((String(contentsOf: settings, encoding: .utf8) + "share_cards: false\n").utf8).write(to: settings)
        let html = try await page("2020/01/first/index.html", of: site)
        #expect(html.contains(#"<meta name="twitter:card" content="summary">"#))
        #expect(!html.contains("og:image"))
        #expect(html.contains(#"<meta property="og:locale" content="en_US">"#))
    }

    @Test("an author's page is a profile card")
    func profileCard() async throws {
        let html = try await page("authors/ana/index.html", of: try cardSite())
        #expect(html.contains(#"<meta property="og:type" content="profile">"#))
        #expect(html.contains(#"<meta property="og:title" content="Ana">"#))
        #expect(html.contains(#""@type":"BreadcrumbList""#))
    }

    @Test("share links are plain links in the order of `share:`, and Mastodon goes through the site's share page")
    func shareLinks() async throws {
        let site = try cardSite(settings: "share: [mastodon, email]")
        let output = try temporaryFolder().appending(path: "public")
        try await build(site, into: output)
        let html = try String(contentsOf: output.appending(path: "2020/01/first/index.html"), encoding: .utf8)
        let text = "First%20https%3A%2F%2Fmini.example.com%2F2020%2F01%2Ffirst%2F"
        #expect(html.contains(#"<li><a class="share-mastodon" href="/share/?text=\#(text)" rel="noopener">Mastodon</a></li><li><a class="share-email" href="mailto:?subject=First&amp;body=\#(text)" rel="noopener">Courriel</a></li>"#))
        #expect(!html.contains("share-linkedin"))
        let share = try String(contentsOf: output.appending(path: "share/index.html"), encoding: .utf8)
        #expect(share.contains(#"<input id="share-instance""#))
        #expect(share.contains(#"<meta name="robots" content="noindex">"#))
        #expect(share.contains("\"https://\" + host + \"/share?text=\""))
    }

    @Test("`share: false` removes the links and the share page")
    func noShareLinks() async throws {
        let site = try cardSite(settings: "share: false")
        let output = try temporaryFolder().appending(path: "public")
        try await build(site, into: output)
        let html = try String(contentsOf: output.appending(path: "2020/01/first/index.html"), encoding: .utf8)
        #expect(!html.contains("share-links"))
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: "share/index.html").path))
    }

    @Test("a post's syndicated copies are linked as u-syndication, named by network")
    func syndicationLinks() async throws {
        let frontMatter = """
            syndication:
              - https://social.example/@mini/113
              - https://bsky.app/profile/mini.example.com/post/3kabc
              - https://www.linkedin.com/feed/update/urn:li:share:7
            """
        let html = try await page("2020/01/first/index.html", of: try cardSite(frontMatter: frontMatter))
        #expect(html.contains(#"<p class="syndication">Aussi sur <a class="u-syndication" rel="syndication" href="https://social.example/@mini/113">Mastodon</a>, <a class="u-syndication" rel="syndication" href="https://bsky.app/profile/mini.example.com/post/3kabc">Bluesky</a> et <a class="u-syndication" rel="syndication" href="https://www.linkedin.com/feed/update/urn:li:share:7">LinkedIn</a></p>"#))
    }
}

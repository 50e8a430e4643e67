import CMBlogBuild
import CMBlogTestSupport
import Foundation
import Testing

/// What a visitor and a host see in the built fixture site.
@Suite("Built site")
struct SiteOutputTests {
    static let built: Task<[String: String], any Error> = Task {
        let output = try temporaryFolder().appending(path: "public")
        try await build(fixtureSites.appending(path: "brand"), into: output)
        return try FileTree.read(output).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    func file(_ path: String) async throws -> String {
        try #require(try await Self.built.value[path], "missing \(path)")
    }

    @Test("writes every kind of page")
    func pages() async throws {
        let files = Set(try await Self.built.value.keys)
        for path in [
            "index.html", "page/2/index.html", "2012/03/pourquoi-signer/index.html", "a-propos/index.html",
            "legal/mentions/index.html", "categories/index.html", "categories/reseaux-sociaux/index.html",
            "tags/confiance/index.html", "archives/index.html", "archives/2012/index.html", "authors/index.html",
            "authors/lea/index.html", "404.html", "sitemap.xml", "robots.txt", "assets/style.css", "images/carre.svg",
            "2012/03/14/pourquoi-signer.html", "_redirects", ".htaccess",
        ] {
            #expect(files.contains(path), "missing \(path)")
        }
        #expect(!files.contains { $0.contains("brouillon") || $0.contains("futur") })
    }

    @Test("marks up posts as h-entry with language, canonical URL and description")
    func postMarkup() async throws {
        let html = try await file("2012/03/pourquoi-signer/index.html")
        #expect(html.contains("<html lang=\"fr\">"))
        #expect(html.contains("<link rel=\"canonical\" href=\"https://fixture.example.com/journal/2012/03/pourquoi-signer/\">"))
        #expect(html.contains("<meta name=\"description\" content=\"Une marque parle par des personnes"))
        #expect(html.contains("<article class=\"h-entry post wrap\">"))
        #expect(html.contains("<h1 class=\"p-name post-title\">Pourquoi signer ses billets\u{202F}?</h1>"))
        #expect(html.contains("<time class=\"dt-published\" datetime=\"2012-03-14T15:41:00+01:00\">14 mars 2012</time>"))
        #expect(html.contains("<a class=\"p-name u-url\" href=\"/journal/authors/lea/\">Léa Fixture</a>"))
        #expect(html.contains("<meta name=\"author\" content=\"Léa Fixture\">"))
        #expect(html.contains("<link rel=\"author\" href=\"https://fixture.example.com/journal/authors/lea/\">"))
        #expect(html.contains("<div class=\"e-content post-content\">"))
        #expect(html.contains("<h2 id=\"reseaux-sociaux\">"))
        #expect(html.contains("id=\"fn-pourquoi-signer-1\""))
        #expect(html.contains("«\u{202F}nommées\u{202F}»"))
    }

    @Test("follows a post's own language")
    func englishPost() async throws {
        let html = try await file("2013/01/english/index.html")
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains(">January 10, 2013</time>"))
        #expect(html.contains("Skip to content"))
        #expect(html.contains("Really?"))
    }

    @Test("writes co-author bylines in the page's language")
    func coAuthors() async throws {
        let html = try await file("2012/05/tableau/index.html")
        #expect(html.contains("<data class=\"u-photo\" value=\"/journal/authors/lea/avatar.svg\"></data></span> et <span class=\"p-author h-card\"><a class=\"p-name u-url\" href=\"/journal/authors/tom/\" title=\"Former editor\">Tom Fixture</a>"))
        #expect(html.contains("<meta name=\"author\" content=\"Léa Fixture et Tom Fixture\">"))
        let summary = try await file("index.html")
        #expect(summary.contains("<a class=\"p-author h-card\" href=\"/journal/authors/lea/\">Léa Fixture</a> et <a class=\"p-author h-card\" href=\"/journal/authors/tom/\">Tom Fixture</a>"))
        #expect(html.contains("<td style=\"text-align: right\">40 €</td>"))
        #expect(html.contains("ne pas toucher : code"))
    }

    @Test("paginates lists as h-feed")
    func lists() async throws {
        let home = try await file("index.html")
        #expect(home.contains("<section class=\"h-feed list wrap\">"))
        #expect(home.contains("href=\"/journal/page/2/\">Articles plus anciens"))
        #expect(home.contains("Continuer la lecture"))
        let second = try await file("page/2/index.html")
        #expect(second.contains("Page 2 sur 2"))
        #expect(second.contains("<title>Atelier Fixture (page 2) — Atelier Fixture</title>"))
    }

    @Test("redirects old URLs three ways")
    func aliases() async throws {
        let page = try await file("2012/03/14/pourquoi-signer.html")
        #expect(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=/journal/2012/03/pourquoi-signer/\">"))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://fixture.example.com/journal/2012/03/pourquoi-signer/\">"))
        #expect(page.contains("<a href=\"/journal/2012/03/pourquoi-signer/\">"))
        let netlify = try await file("_redirects")
        #expect(netlify.contains("/journal/2012/03/14/pourquoi-signer.html  /journal/2012/03/pourquoi-signer/  301"))
        #expect(netlify.contains("/journal/  p=12  /journal/2012/03/pourquoi-signer/  301"))
        let apache = try await file(".htaccess")
        #expect(apache.contains("RewriteCond %{QUERY_STRING} ^p=12$"))
        #expect(apache.contains("RewriteRule ^2012/03/14/pourquoi-signer\\.html$ /journal/2012/03/pourquoi-signer/ [R=301,L]"))
    }

    @Test("lists canonical pages in the sitemap, and it in robots.txt")
    func sitemap() async throws {
        let sitemap = try await file("sitemap.xml")
        #expect(sitemap.contains("<loc>https://fixture.example.com/journal/2012/03/pourquoi-signer/</loc>"))
        #expect(!sitemap.contains("pourquoi-signer.html"))
        #expect(try await file("robots.txt").contains("Sitemap: https://fixture.example.com/journal/sitemap.xml"))
    }

    @Test("says when an author has left")
    func formerAuthor() async throws {
        let html = try await file("authors/tom/index.html")
        #expect(html.contains("A écrit ici du 4 janvier 2010 au 30 juin 2013."))
        let index = try await file("authors/index.html")
        let lea = try #require(index.range(of: "Léa Fixture")), tom = try #require(index.range(of: "Tom Fixture"))
        #expect(lea.lowerBound < tom.lowerBound)
    }
}

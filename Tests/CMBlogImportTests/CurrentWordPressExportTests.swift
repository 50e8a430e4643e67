import CMBlogBuild
import CMBlogComments
import CMBlogContent
import CMBlogCore
import CMBlogImport
import CMBlogTestSupport
import Foundation
import Testing

/// An export in the shape WordPress 6 writes it (`https://wordpress.org/export/1.2/`), with a
/// menu item whose `dc:creator` is damaged, a password-protected and a private post, two posts
/// sharing a guid, pages whose slugs are the site's own index pages and a link with `//`:
/// imported, built, nothing private published, every old URL answered or reported.
@Suite struct CurrentWordPressExportTests {
    static let fixture = "wordpress-https-1.2.xml"

    /// The old URLs of the public site, as WordPress answered them.
    static let oldURLs = [
        "/2023/03/pourquoi-nous-signons/", "/?p=12", "/2023/03/pourquoi-nous-signons/feed/",
        "/2023/05/le-four-est-repare/", "/?p=20", "/2023/05/le-four-est-repare/feed/",
        "/?page_id=50", "/archives/feed/", "/?page_id=51", "/tags/feed/",
        "/greek/επίπεδο-2/", "/?page_id=52", "/greek/επίπεδο-2/feed/",
        "/category/réseaux/", "/category/réseaux/feed/", "/category/atelier/four-a-pain/", "/category/atelier/four-a-pain/feed/",
        "/category/atelier/", "/category/atelier/feed/",
        "/tag/signature/", "/tag/signature/feed/", "/author/camille/", "/author/camille/feed/",
        "/author/themereviewteam/", "/author/themereviewteam/feed/",
        "/2023/", "/2023/03/", "/2023/03/14/", "/2023/05/", "/2023/05/10/", "/feed/", "/comments/feed/",
    ]

    @Test func importsAndBuildsWithEveryOldURLAnsweredAndNothingPrivatePublished() async throws {
        let site = try await ImportedSiteBuild.make([(.wordpress, Self.fixture)])
        let report = site.plan.report
        #expect(report.posts == 4 && report.pages == 3)
        #expect(report.skipped == ["nav_menu_item items": 1], "the menu item's damaged creator aborts nothing")
        #expect(report.authorsCreated == 2, "`>themereviewteam` is the author `themereviewteam`, not a second one")
        #expect(report.oldURLs.resolved == 34 && report.oldURLs.total == 36, "with the attachment page of the photo of post 20 and its ?attachment_id= link")
        #expect(report.unresolvedURLs == ["/archives/: a page of the new site, or another old URL, is already there", "/tags/: a page of the new site, or another old URL, is already there"])
        #expect(report.duplicateGUIDs == 1)
        #expect(report.privatePosts == ["`content/posts/2023-06-02-compte-rendu.html`: password-protected", "`content/posts/2023-06-03-planning-interne.html`: private"])

        for url in Self.oldURLs { #expect(site.answer(to: url) != nil, "\(url)") }
        #expect(site.answer(to: "/?p=12") == "2023/03/pourquoi-nous-signons/index.html")
        #expect(site.answer(to: "/2023/03/pourquoi-nous-signons/feed/") == "2023/03/pourquoi-nous-signons/comments.xml", "a post's feed is its comment feed")
        #expect(site.answer(to: "/category/atelier/four-a-pain/") == "categories/le-four/index.html", "a nested, renamed category")
        #expect(site.answer(to: "/category/réseaux/feed/") == "categories/reseaux/feed.xml")
        #expect(site.answer(to: "/2023/03/") == "archives/2023/index.html")
        #expect(site.answer(to: "/?page_id=50") == "archives-2/index.html", "the page named like the archive index moved aside")
        #expect(site.built("archives/index.html")?.contains("Tous nos billets") == false, "the generated index keeps its URL")

        let built = site.everythingBuilt
        #expect(!built.contains("4 812") && !built.contains("secret") && !built.contains("conseil-2023"), "nothing private is published")
        #expect(site.built("2023/06/compte-rendu/index.html") == nil && site.built("2023/06/planning-interne/index.html") == nil)
        let copied = ImportFixtures.files(in: site.source).compactMap { try? ImportFixtures.text($0, in: site.source) }.joined()
        #expect(!copied.contains("conseil-2023") && !copied.contains("192.0.2.10"), "no password nor IP address is copied")

        let repaired = try ImportFixtures.text("content/posts/2023-05-10-le-four-est-repare.html", in: site.source)
        #expect(repaired.contains("guid: \"https://demo.example.org/?p=12#post-20\"\n"), "a guid taken by another post is made unique")
        #expect(repaired.contains("author: themereviewteam\n"))
        #expect(ImportFixtures.files(in: site.source).filter { $0.hasPrefix("authors/") } == ["authors/camille.yml", "authors/themereviewteam.yml"])
    }

    @Test func aDamagedCreatorOnAPostFindsItsAuthorAndIsReported() async throws {
        let item = ImportFixtures.wxrItem(id: 1).replacingOccurrences(of: "<dc:creator>agnes</dc:creator>", with: "<dc:creator><![CDATA[ >agnes]]></dc:creator>")
        let head = ImportFixtures.wxrHead.replacingOccurrences(of: "http://wordpress.org/export/1.2/", with: "https://wordpress.org/export/1.2/")
        let (input, target) = try ImportFixtures.write(head + item + ImportFixtures.wxrItem(id: 2) + "</channel></rss>\n")
        let plan = try await Importer(target: target).plan(.wordpress, from: input)
        #expect(plan.files.filter { $0.path.hasPrefix("authors/") }.map(\.path) == ["authors/agnes.yml"])
        #expect(plan.report.warnings.map(\.message).contains("`dc:creator` “>agnes” is not a WordPress login; read as “agnes”"))
        let post = try #require(plan.files.first { $0.path == "content/posts/2012-01-01-billet-1.html" })
        #expect(String(decoding: post.contents, as: UTF8.self).contains("\nauthor: agnes\n"))
    }

    @Test func aPostWithoutAuthorIsGivenAFormerAuthorAndTheSiteBuilds() async throws {
        let item = ImportFixtures.wxrItem(id: 2).replacingOccurrences(of: "<dc:creator>agnes</dc:creator>", with: "<dc:creator></dc:creator>")
        let (input, target) = try ImportFixtures.write(ImportFixtures.wxrHead + ImportFixtures.wxrItem(id: 1) + item + "</channel></rss>\n")
        let (plan, _) = try await ImportFixtures.run(.wordpress, input, into: target)
        #expect(plan.report.warnings.map(\.message).contains("post 2 names no author (`dc:creator`); it was given `former-author`: name its real author"))
        #expect(try ImportFixtures.text("content/posts/2012-01-01-billet-2.html", in: target).contains("\nauthor: former-author\n"))
        let output = target.deletingLastPathComponent().appending(path: "public")
        _ = try await Builder(options: BuildOptions(source: target, output: output, includeDrafts: false, includeFuture: false, baseURL: nil, jobs: 2)).build()
        #expect(FileManager.default.fileExists(atPath: output.appending(path: "2012/01/billet-2/index.html").path))
    }

    @Test(arguments: ["http://wordpress.org/export/1.0/", "http://wordpress.org/export/1.1/", "http://wordpress.org/export/1.2/",
                      "https://wordpress.org/export/1.0/", "https://wordpress.org/export/1.1/", "https://wordpress.org/export/1.2/"])
    func everyNamespaceWordPressWroteIsRead(_ namespace: String) async throws {
        let head = ImportFixtures.wxrHead.replacingOccurrences(of: "http://wordpress.org/export/1.2/", with: namespace)
        let (input, target) = try ImportFixtures.write(head + ImportFixtures.wxrItem(id: 1) + "</channel></rss>\n")
        let plan = try await Importer(target: target).plan(.wordpress, from: input)
        #expect(plan.report.posts == 1)
    }

    @Test func anRSSFileWithoutWordPressElementsSaysWhatWasLookedFor() async throws {
        let rss = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" xmlns:wp=\"http://example.org/export/1.2/\">\n<channel><title>x</title><wp:wxr_version>1.2</wp:wxr_version></channel></rss>\n"
        let (input, target) = try ImportFixtures.write(rss)
        do {
            _ = try await Importer(target: target).plan(.wordpress, from: input)
            Issue.record("an RSS file without WordPress's namespace was accepted")
        } catch let error as DiagnosticError {
            let message = try #require(error.diagnostics.first?.message)
            #expect(message.contains("https://wordpress.org/export/1.0/, 1.1/ or 1.2/"), "\(message)")
            #expect(error.diagnostics.first?.location.line == 3)
        }
    }

    @Test func importingAgainKeepsEditedRedirectsAndAddsNothing() async throws {
        let target = try Subprocess.temporaryFolder().appending(path: "site")
        let input = ImportFixtures.folder.appending(path: Self.fixture)
        try await ImportFixtures.run(.wordpress, input, into: target)
        let edited = try ImportFixtures.text("redirects.yml", in: target)
            .replacingOccurrences(of: "/tag/signature/: /tags/signature/", with: "/tag/signature/: /about/")
        try Data(edited.utf8).write(to: target.appending(path: "redirects.yml"))
        let (_, outcome) = try await ImportFixtures.run(.wordpress, input, into: target)
        #expect(outcome.written == ["import/wordpress-report.md"])
        #expect(try ImportFixtures.text("redirects.yml", in: target) == edited)
    }
}

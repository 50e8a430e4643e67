import CMBlogBuild
import CMBlogComments
import CMBlogContent
import CMBlogCore
import CMBlogImport
import CMBlogTestSupport
import Foundation
import Testing

@Suite struct WordPressImportTests {
    @Test func importsPostsPagesAuthorsAndSettings() async throws {
        let target = try Subprocess.temporaryFolder().appending(path: "site")
        let (plan, outcome) = try await ImportFixtures.run(.wordpress, ImportFixtures.wordpress, into: target)
        #expect(ImportFixtures.files(in: target) == [
            "authors/agnes.yml", "authors/bruno.yml", "cmblog.yml", "comments/pourquoi-nous-signons.yml",
            "content/pages/a-propos.html", "content/pages/a-propos/equipe.html",
            "content/posts/2012-03-14-pourquoi-nous-signons.html", "content/posts/2013-01-05-nouvelles-du-four.html",
            "content/posts/2013-02-01-brouillon.html", "import/wordpress-report.md", "redirects.yml",
        ])
        #expect(outcome.written.count == 11)
        let config = try ImportFixtures.text("cmblog.yml", in: target)
        #expect(config.contains("permalink: /:year/:month/:day/:slug/"))
        #expect(config.contains("timezone: Europe/Paris"))
        #expect(config.contains("language: fr"))

        let post = try ImportFixtures.text("content/posts/2012-03-14-pourquoi-nous-signons.html", in: target)
        #expect(post.contains("date: 2012-03-14T10:00:00+01:00\nauthor: agnes\ncategories:\n  - Réseaux sociaux\ntags:\n  - signature\n"))
        #expect(post.contains("guid: \"https://atelier.example.org/?p=12\""))
        #expect(post.contains("Chaque billet porte un nom.<!--more-->"))
        #expect(post.contains("c'est là que"), "damaged encoding is repaired")
        #expect(post.contains("<figure class=\"wp-caption aligncenter\"><img src=\"/wp-content/uploads/2012/03/atelier.jpg\""), "the old site's uploads become root-relative")
        #expect(post.contains("<figcaption>L'atelier au matin</figcaption></figure>"))
        #expect(post.contains("<figure class=\"wp-block-gallery gallery\">\n<figure class=\"wp-block-image\"><img src=\"/wp-content/uploads/2012/03/atelier.jpg\""), "a gallery shows the images of the export")
        #expect(post.contains("aliases:\n  - /?p=12\n"), "the old URL follows the detected pattern: only the short link is an alias")

        let moved = try ImportFixtures.text("content/posts/2013-01-05-nouvelles-du-four.html", in: target)
        #expect(moved.contains("aliases:\n  - /archives/2013/nouvelles-du-four\n"))
        #expect(moved.contains("summary: Le four, enfin."))
        let draft = try ImportFixtures.text("content/posts/2013-02-01-brouillon.html", in: target)
        #expect(draft.contains("draft: true") && draft.contains("date: 2013-02-01T10:00:00+01:00"))

        let bruno = try ImportFixtures.text("authors/bruno.yml", in: target)
        #expect(bruno.hasPrefix("name: Bruno Léger\n"))
        #expect(bruno.contains("email: bruno@atelier.example.org"))

        let report = plan.report
        #expect(report.posts == 3 && report.pages == 2 && report.drafts == 1 && report.authorsCreated == 2)
        #expect(report.comments == [CMBlogComments.Comment.Kind.comment: 4, .pingback: 1, .trackback: 1])
        #expect(report.unpublishedComments == 1)
        #expect(report.skipped == ["spam comments": 1, "trashed comments": 1, "trashed posts and pages": 1, "nav_menu_item items": 1])
        #expect(report.repairs == 4)
        #expect(report.shortcodes.isEmpty && report.converted == ["[gallery]": 1])
        #expect(report.warnings.contains { $0.message.contains("(41)") }, "the gallery's image missing from the export is reported")
        #expect(report.media == ["https://atelier.example.org/wp-content/uploads/2012/03/atelier.jpg"])
        #expect(report.aliases == 5, "one moved permalink, and the ?p= or ?page_id= link of each public post and page")
        #expect(report.notes.contains { $0.contains("`le-four`") && $0.contains("`atelier`") }, "a renamed category is reported")
        #expect(try ImportFixtures.text("import/wordpress-report.md", in: target).contains("static/wp-content/uploads"))
    }

    @Test func keepsEveryApprovedCommentWithItsThreadAndConvertsGMTDates() async throws {
        let target = try Subprocess.temporaryFolder().appending(path: "site")
        try await ImportFixtures.run(.wordpress, ImportFixtures.wordpress, into: target)
        let text = try ImportFixtures.text("comments/pourquoi-nous-signons.yml", in: target)
        let (parsed, diagnostics) = CommentThreadParser(timeZone: TimeZone(identifier: "Europe/Paris")!).parse(text, path: "t.yml")
        #expect(!diagnostics.containsError, "\(diagnostics)")
        let thread = try #require(parsed)
        #expect(thread.status == .closed)
        #expect(thread.pingStatus == .open)
        let byID = Dictionary(uniqueKeysWithValues: thread.comments.map { ($0.id, $0) })
        #expect(Set(byID.keys) == ["412", "413", "414", "415", "416", "418"])
        #expect(byID["413"]?.parentID == "412" && byID["414"]?.parentID == "413", "three levels deep")
        #expect(byID["413"]?.authorID == "agnes", "the author's reply is recognized by user id")
        #expect(byID["414"]?.author == "Żaneta Kowalska")
        #expect(byID["414"]?.body == "Et la troisième réponse, où nous en sommes.")
        #expect(byID["412"]?.body.hasPrefix("Un billet très clair, merci.\n\n") == true)
        #expect(byID["415"]?.kind == .pingback && byID["416"]?.kind == .trackback)
        #expect(byID["418"]?.status == .pending)
        // 2012-07-01 07:30 GMT is 09:30 in Paris (summer time).
        #expect(byID["414"]?.date == Date(timeIntervalSince1970: 1_341_127_800))
        #expect(!text.contains("paul@example.net") && !text.contains("192.0.2.1"), "visitors' e-mail and IP are not copied")
    }

    @Test func theImportedSiteBuildsWithItsCommentsAndNoPrivateData() async throws {
        let target = try Subprocess.temporaryFolder().appending(path: "site")
        try await ImportFixtures.run(.wordpress, ImportFixtures.wordpress, into: target)
        let output = target.appending(path: "public")
        _ = try await Builder(options: BuildOptions(source: target, output: output, includeDrafts: false, includeFuture: false, baseURL: nil, jobs: 2)).build()
        let page = try ImportFixtures.text("2012/03/14/pourquoi-nous-signons/index.html", in: output)
        for id in ["412", "413", "414", "415", "416"] { #expect(page.contains("id=\"comment-\(id)\"")) }
        #expect(!page.contains("comment-418"), "a pending comment is not published")
        #expect(page.contains("Les commentaires sont fermés."))
        #expect(page.contains("by-post-author"))
        #expect(!page.contains("javascript:"))
        #expect(FileManager.default.fileExists(atPath: output.appending(path: "archives/2013/nouvelles-du-four/index.html").path), "the old URL redirects")
        let everything = ImportFixtures.files(in: output).compactMap { try? ImportFixtures.text($0, in: output) }.joined()
        #expect(!everything.contains("@atelier.example.org") && !everything.contains("paul@example.net"), "no e-mail is published")
    }

    @Test func importingTwiceAddsNothing() async throws {
        let target = try Subprocess.temporaryFolder().appending(path: "site")
        try await ImportFixtures.run(.wordpress, ImportFixtures.wordpress, into: target)
        let before = try ImportFixtures.text("comments/pourquoi-nous-signons.yml", in: target)
        let (_, outcome) = try await ImportFixtures.run(.wordpress, ImportFixtures.wordpress, into: target)
        #expect(outcome.written == ["import/wordpress-report.md"])
        #expect(try ImportFixtures.text("comments/pourquoi-nous-signons.yml", in: target) == before)
    }

    @Test func aChangedFileIsNeverReplacedWithoutForce() async throws {
        let target = try Subprocess.temporaryFolder().appending(path: "site")
        try await ImportFixtures.run(.wordpress, ImportFixtures.wordpress, into: target)
        let path = "content/posts/2013-01-05-nouvelles-du-four.html"
        try Data("edited by hand\n".utf8).write(to: target.appending(path: path))
        await #expect(throws: DiagnosticError.self) { try await ImportFixtures.run(.wordpress, ImportFixtures.wordpress, into: target) }
        #expect(try ImportFixtures.text(path, in: target) == "edited by hand\n")
        do {
            try await ImportFixtures.run(.wordpress, ImportFixtures.wordpress, into: target)
        } catch let error as DiagnosticError {
            #expect(error.diagnostics.map(\.location.path) == [path])
        }
        try await ImportFixtures.run(.wordpress, ImportFixtures.wordpress, into: target, force: true)
        #expect(try ImportFixtures.text(path, in: target).hasPrefix("---\ntitle: Ancienne adresse"))
    }

    @Test func aFailedImportLeavesTheFolderAsItWas() async throws {
        let target = try Subprocess.temporaryFolder().appending(path: "site")
        try FileManager.default.createDirectory(at: target.appending(path: "content"), withIntermediateDirectories: true)
        try Data("a file where a folder must go\n".utf8).write(to: target.appending(path: "comments"))
        let before = ImportFixtures.files(in: target)
        await #expect(throws: DiagnosticError.self) { try await ImportFixtures.run(.wordpress, ImportFixtures.wordpress, into: target) }
        do {
            try await ImportFixtures.run(.wordpress, ImportFixtures.wordpress, into: target)
        } catch let error as DiagnosticError {
            #expect(error.diagnostics.first?.location.path.hasPrefix("comments/") == true, "the error names the file that could not be written")
        }
        #expect(ImportFixtures.files(in: target) == before)
        let entries = try FileManager.default.contentsOfDirectory(atPath: target.path).sorted()
        #expect(entries == ["comments", "content"])
    }

    @Test func aDryRunWritesNothing() async throws {
        let target = try Subprocess.temporaryFolder().appending(path: "site")
        let importer = Importer(target: target)
        let outcome = try importer.apply(try await importer.plan(.wordpress, from: ImportFixtures.wordpress), force: false, dryRun: true)
        #expect(outcome.written.count == 11)
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }
}

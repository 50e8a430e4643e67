import CMBlogCore
import CMBlogImport
import CMBlogTestSupport
import Foundation
import Testing

/// An export of WordPress 2.x (`http://wordpress.org/export/1.0/`, no `wp:wxr_version`), whose
/// items may lack `wp:post_type`, `wp:status`, `wp:post_name` and `wp:post_date`: read with
/// WordPress's defaults, built, and every old `?p=` link answered.
@Suite struct OldWordPressExportTests {
    @Test func itemsGetWordPressDefaultsAndTheSiteBuilds() async throws {
        let site = try await ImportedSiteBuild.make([(.wordpress, "wordpress-wxr-1.0.xml")])
        let report = site.plan.report
        #expect(ImportFixtures.files(in: site.source).filter { $0.hasPrefix("content/") } == [
            "content/pages/a-propos.html", "content/posts/2006-09-04-bonjour-tout-le-monde.html", "content/posts/2006-10-14-le-marche-du-samedi.html",
        ], "type post, status publish, date from pubDate, slug from the title")
        #expect(report.posts == 2 && report.pages == 1 && report.drafts == 0)
        #expect(report.skipped == ["posts without a date": 1])
        #expect(report.oldURLs.resolved == 16 && report.oldURLs.total == 16)

        let first = try ImportFixtures.text("content/posts/2006-09-04-bonjour-tout-le-monde.html", in: site.source)
        #expect(first.contains("date: 2006-09-04T10:15:00Z\nauthor: admin\ncategories:\n  - Général\ntags:\n  - premier\n"))
        #expect(first.contains("aliases:\n  - /?p=1\n"))

        for url in ["/?p=1", "/?p=7", "/?page_id=2", "/category/general/", "/category/general/feed/", "/tag/premier/", "/author/admin/feed/",
                    "/2006/", "/2006/09/04/", "/2006/10/", "/feed/", "/comments/feed/"] {
            #expect(site.answer(to: url) != nil, "\(url)")
        }
        #expect(site.answer(to: "/?p=7") == "2006/10/le-marche-du-samedi/index.html")
        #expect(site.built("2006/09/bonjour-tout-le-monde/index.html")?.contains("Bonjour, ceci est un commentaire.") == true)
        #expect(site.built(".htaccess")?.contains("RewriteCond %{QUERY_STRING} ^p=1$") == true)
    }
}

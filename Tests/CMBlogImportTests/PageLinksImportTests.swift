import CMBlogImport
import CMBlogTestSupport
import Foundation
import Testing

/// A post split with `<!--nextpage-->` and the attachment page of its photo: WordPress answered
/// `/slug/2/`, `/slug/3/`, `/slug/photo/` and `?attachment_id=`; the new site leads each to the post.
@Suite struct PageLinksImportTests {
    @Test func splitPagesAndAttachmentPagesLeadToThePost() async throws {
        let site = try await ImportedSiteBuild.make([(.wordpress, "wordpress-split-pages.xml")])
        let post = "2023/06/trois-jours-dans-le-vercors/index.html"
        #expect(site.built(post)?.contains("Troisième jour") == true, "the post is shown whole")
        for url in ["/2023/06/trois-jours-dans-le-vercors/2/", "/2023/06/trois-jours-dans-le-vercors/3/",
                    "/2023/06/trois-jours-dans-le-vercors/plateau-ambel/", "/?attachment_id=22", "/?p=21"] {
            #expect(site.answer(to: url) == post, "\(url)")
        }
        #expect(site.answer(to: "/2023/06/trois-jours-dans-le-vercors/4/") == nil, "no page beyond the last")
        #expect(site.plan.report.oldURLs.resolved == site.plan.report.oldURLs.total)
        let file = try ImportFixtures.text("content/posts/2023-06-10-trois-jours-dans-le-vercors.html", in: site.source)
        #expect(file.contains("\nlang: fr\n"), "WPML's `_wpml_language` custom field")
    }
}

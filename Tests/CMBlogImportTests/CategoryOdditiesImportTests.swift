import CMBlogImport
import CMBlogTestSupport
import Foundation
import Testing

/// Category trees WordPress's screens would not make but edited databases hold: ten levels
/// deep, and two categories filed in each other. The import must still give a site that builds,
/// and say what it changed; language and post-format terms are not archives.
@Suite struct CategoryOdditiesImportTests {
    @Test func deepAndCyclicTreesAreMadeBuildableAndReported() async throws {
        let site = try await ImportedSiteBuild.make([(.wordpress, "wordpress-category-oddities.xml")])
        let warnings = site.plan.report.warnings.map(\.message)
        #expect(warnings.contains { $0.contains("`c8` is nested deeper than 8 levels") })
        #expect(warnings.contains { $0.contains("`cyc-a` › `cyc-b` › `cyc-a` are filed in each other; `cyc-a` is imported without a parent") })
        #expect(site.built("categories/c9/index.html") != nil && site.built("categories/cyc-a/index.html") != nil)
        let redirects = try ImportFixtures.text("redirects.yml", in: site.source)
        #expect(!redirects.contains("/tag/fr/") && !redirects.contains("post-format"), "language and format terms are not tag archives")
        let post = try ImportFixtures.text("content/posts/2024-02-01-tout-en-bas.html", in: site.source)
        #expect(post.contains("lang: fr\n") && post.contains("format: aside\n"))
    }
}

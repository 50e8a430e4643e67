import CMBlogBuild
import CMBlogCore
import CMBlogImport
import CMBlogTestSupport
import Foundation
import Testing

/// An export whose categories nest three levels deep (Boissons › Café › Espresso and Filtre,
/// Café holding no post of its own), one of them under a parent the export does not declare,
/// and a tree no post is filed in: imported, its tree kept in `categories.yml`, and built.
@Suite struct CategoryTreeImportTests {
    static let fixture = "wordpress-category-tree.xml"

    @Test func theTreeIsWrittenToCategoriesYmlAndTheBuiltIndexShowsIt() async throws {
        let site = try await ImportedSiteBuild.make([(.wordpress, Self.fixture)])
        let file = try ImportFixtures.text("categories.yml", in: site.source)
        #expect(file.hasSuffix("""
            categories missing here.
            Boissons: {}
            Café:
              parent: Boissons
            Espresso:
              parent: Café
            Filtre:
              parent: Café

            """), "parents first, names as posts write them; the tree no post is in (Vide) is left out: \(file)")
        #expect(site.plan.report.warnings.map(\.description) == [
            "\(ImportFixtures.folder.appending(path: Self.fixture).path):48: warning: category `the` is filed in `infusions`, which the export does not declare; it is imported without a parent",
        ])

        let index = try #require(site.built("categories/index.html")).replacing(/>\s+</, with: "><")
        #expect(index.contains(#"<a href="/categories/boissons/">Boissons</a><span class="count">1 article</span><ul><li><a href="/categories/cafe/">Café</a>"#), "\(index)")
        #expect(index.contains(#"<ul><li><a href="/categories/espresso/">Espresso</a><span class="count">1 article</span></li><li><a href="/categories/filtre/">Filtre</a>"#))
        #expect(index.contains(#"</ul></li></ul></li><li><a href="/categories/the/">Thé</a>"#), "Thé stands at the top")
        #expect(site.built("categories/espresso/index.html")?.contains(#"Dans <a href="/categories/cafe/">Café</a>"#) == true)
        #expect(site.answer(to: "/category/boissons/cafe/espresso/") == "categories/espresso/index.html", "old nested URLs still lead to the category")
        #expect(site.answer(to: "/category/boissons/cafe/") == "categories/cafe/index.html", "a parent without posts had an archive too")
        #expect(site.answer(to: "/category/boissons/cafe/feed/") == "categories/cafe/feed.xml")
    }

    @Test func importingAgainKeepsAnEditedTreeAndAddsOnlyWhatItLacks() async throws {
        let target = try Subprocess.temporaryFolder().appending(path: "site")
        let input = ImportFixtures.folder.appending(path: Self.fixture)
        try await ImportFixtures.run(.wordpress, input, into: target)
        let edited = try ImportFixtures.text("categories.yml", in: target)
            .replacingOccurrences(of: "Filtre:\n  parent: Café\n", with: "")
            .replacingOccurrences(of: "Espresso:\n  parent: Café", with: "Espresso:\n  parent: Boissons")
        try Data(edited.utf8).write(to: target.appending(path: "categories.yml"))
        let (_, outcome) = try await ImportFixtures.run(.wordpress, input, into: target)
        #expect(outcome.written.contains("categories.yml"))
        #expect(try ImportFixtures.text("categories.yml", in: target) == edited + "Filtre:\n  parent: Café\n", "the edited parent is kept")
        let (_, again) = try await ImportFixtures.run(.wordpress, input, into: target)
        #expect(!again.written.contains("categories.yml"), "nothing left to add")
    }
}

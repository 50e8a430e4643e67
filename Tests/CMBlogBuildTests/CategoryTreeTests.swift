import CMBlogBuild
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

/// `categories.yml` in the built site: the categories index is a tree, a category's page
/// links the category it is filed in and those filed in it.
@Suite("Category tree")
struct CategoryTreeTests {
    private static let nested = """
        -- content/posts/espresso.md --
        ---
        title: Ristretto
        date: 2020-02-01
        author: ana
        categories: [Espresso]
        ---
        Court.
        -- categories.yml --
        Café: {}
        Espresso:
          parent: Café
        """

    @Test("the categories index lists a category inside the one it is filed in, which exists without posts of its own")
    func indexNestsChildren() async throws {
        let output = try temporaryFolder().appending(path: "public")
        let report = try await build(try writeSite(Self.nested), into: output)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let index = try String(contentsOf: output.appending(path: "categories/index.html"), encoding: .utf8)
            .replacing(/>\s+</, with: "><")
        #expect(index.contains("""
            <li><a href="/categories/cafe/">Café</a><span class="count">0 posts</span><ul>\
            <li><a href="/categories/espresso/">Espresso</a><span class="count">1 post</span></li></ul></li>
            """), "\(index)")
    }

    @Test("a category's page links the category it is filed in, and those filed in it")
    func pagesLinkParentAndChildren() async throws {
        let output = try temporaryFolder().appending(path: "public")
        try await build(try writeSite(Self.nested), into: output)
        let espresso = try String(contentsOf: output.appending(path: "categories/espresso/index.html"), encoding: .utf8)
        #expect(espresso.contains(#"<p class="list-parent">In <a href="/categories/cafe/">Café</a></p>"#), "\(espresso)")
        let cafe = try String(contentsOf: output.appending(path: "categories/cafe/index.html"), encoding: .utf8)
        #expect(cafe.contains(#"<p class="list-children">Subcategories: <a href="/categories/espresso/">Espresso</a> </p>"#), "\(cafe)")
    }

    @Test("an error in categories.yml fails the build at its line")
    func errorsFailTheBuild() async throws {
        let site = try writeSite("""
            -- categories.yml --
            Espresso:
              parent: Cafe
            """)
        #expect(try await buildErrors(site) == ["categories.yml:2:11: error: unknown parent category 'Cafe' of 'Espresso'; name a category of a post, or list 'Cafe' in categories.yml"])
    }

    @Test("saving categories.yml in a session renders the index and the pages it changes again, as a full build would")
    func servingFollowsTheFile() async throws {
        let session = try IncrementalBuildTests.Session()
        try await session.rebuild([])
        try session.write("categories.yml", "Réseaux sociaux:\n  parent: Atelier\n")
        let filed = try await session.rebuild(["categories.yml"])
        #expect(filed.changed.contains("categories/index.html"))
        #expect(filed.changed.contains("categories/reseaux-sociaux/index.html"))
        #expect(filed.changed.contains("categories/atelier/index.html"))
    }
}

import CMBlogContent
import CMBlogCore
import Testing

/// `categories.yml`: which category each one is filed in.
@Suite("Categories file")
struct CategoriesFileTests {
    /// Posts filed under Espresso, Filtre and Café, for the files below to arrange.
    private let posts = """
        -- content/posts/espresso.md --
        ---
        title: Espresso
        date: 2020-01-01
        author: amelie
        categories: [Espresso, Filtre]
        ---
        -- content/posts/cafe.md --
        ---
        title: Café
        date: 2020-01-02
        author: amelie
        categories: [Café]
        ---
        """

    @Test("a category gets its parent and its parent its children; names match as posts are filed, by slug")
    func parentsAreLinked() async throws {
        let (site, diagnostics) = await assemble(posts + """

            -- categories.yml --
            Espresso:
              parent: cafe
            Filtre: { parent: Café }
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let categories = try #require(site?.categories)
        let espresso = try #require(categories.first { $0.slug == "espresso" })
        #expect(espresso.parent == TermLink(name: "Café", url: try SitePath(validating: "/categories/cafe/")))
        let cafe = try #require(categories.first { $0.slug == "cafe" })
        #expect(cafe.parent == nil)
        #expect(cafe.children.map(\.name) == ["Espresso", "Filtre"])
    }

    @Test("a parent no post is filed under is a page of its own, named as the file writes it")
    func aParentWithoutPostsIsACategory() async throws {
        let (site, diagnostics) = await assemble(posts + """

            -- categories.yml --
            Boissons: {}
            Café:
              parent: Boissons
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let drinks = try #require(site?.categories.first { $0.slug == "boissons" })
        #expect(drinks.name == "Boissons" && drinks.postIndexes.isEmpty && drinks.children.map(\.name) == ["Café"])
    }

    @Test("an unknown parent is an error at its line, with a suggestion")
    func unknownParent() async {
        let (_, diagnostics) = await assemble(posts + """

            -- categories.yml --
            Espresso:
              parent: Cafés
            Filtre:
              parent: Thé
            """)
        #expect(errors(diagnostics) == [
            "categories.yml:2:11: error: unknown parent category 'Cafés' of 'Espresso'; did you mean 'Café'?",
            "categories.yml:4:11: error: unknown parent category 'Thé' of 'Filtre'; name a category of a post, or list 'Thé' in categories.yml",
        ])
    }

    @Test("categories filed in each other are an error naming the cycle")
    func cycle() async {
        let (_, diagnostics) = await assemble(posts + """

            -- categories.yml --
            Espresso:
              parent: Filtre
            Filtre:
              parent: Espresso
            Café:
              parent: Café
            """)
        #expect(errors(diagnostics) == [
            "categories.yml:1:1: error: categories are filed in each other: 'Espresso' → 'Filtre' → 'Espresso'; give one of them another parent",
            "categories.yml:5:1: error: categories are filed in each other: 'Café' → 'Café'; give one of them another parent",
        ])
    }

    @Test("a tree deeper than eight levels is an error at the deepest category")
    func depthLimit() async {
        let chain = (1...9).map { level in level == 1 ? "C1: {}" : "C\(level): { parent: C\(level - 1) }" }.joined(separator: "\n")
        let (_, diagnostics) = await assemble(posts + "\n-- categories.yml --\n" + chain)
        #expect(errors(diagnostics) == [
            "categories.yml:9:1: error: 'C9' is 9 levels deep (C1 › C2 › C3 › C4 › C5 › C6 › C7 › C8 › C9); categories nest at most 8 levels",
        ])
        let (_, eight) = await assemble(posts + "\n-- categories.yml --\n" + chain.split(separator: "\n").dropLast().joined(separator: "\n"))
        #expect(errors(eight).isEmpty)
    }

    @Test("an unknown setting is an error listing the known ones")
    func unknownKey() {
        let (_, diagnostics) = CategoriesParser.parse("""
            Espresso:
              parnet: Café
            """)
        #expect(diagnostics.map(\.description) == ["categories.yml:2:3: error: unknown setting `parnet` of category 'Espresso'; did you mean `parent`? known: parent, names"])
    }

    @Test("values of the wrong type are errors at their line")
    func badTypes() {
        #expect(CategoriesParser.parse("- Espresso\n").1.map(\.description) == [
            "categories.yml:1:1: error: categories.yml must be a mapping of category names to their settings, such as `Espresso: { parent: Café }`",
        ])
        let (settings, diagnostics) = CategoriesParser.parse("""
            Espresso: Café
            Filtre:
              parent: [Café, Thé]
            Thé:
            """)
        #expect(diagnostics.map(\.description) == [
            "categories.yml:1:11: error: the settings of 'Espresso' must be a mapping, such as `parent: Café`, not a text",
            "categories.yml:3:11: error: `parent` must be a text value, not a list",
        ])
        #expect(settings.map(\.name) == ["Thé"], "a category without settings is listed")
    }

    @Test("a category written twice, under names with one slug, is an error")
    func sameCategoryTwice() async {
        let (_, diagnostics) = await assemble(posts + """

            -- categories.yml --
            Café: {}
            cafe: {}
            """)
        #expect(errors(diagnostics) == ["categories.yml:2:1: error: 'cafe' is the category 'Café' of line 1 again; write each category once"])
    }
}

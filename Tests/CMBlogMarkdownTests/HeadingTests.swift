import CMBlogMarkdown
import Testing

@Suite("Heading ids and anchors")
struct HeadingTests {
    @Test("makes ids from accented text")
    func accentedIDs() {
        let rendered = render("## Réseaux sociaux\n")
        #expect(rendered.headings == [Heading(level: 2, text: "Réseaux sociaux", id: "reseaux-sociaux")])
        #expect(rendered.html.hasPrefix("<h2 id=\"reseaux-sociaux\">Réseaux sociaux<a class=\"heading-anchor\" href=\"#reseaux-sociaux\""))
    }

    @Test("keeps ids unique within a text")
    func uniqueIDs() {
        let ids = render("## Bilan\n\n## Bilan\n\n### Bilan\n").headings.map(\.id)
        #expect(ids == ["bilan", "bilan-1", "bilan-2"])
    }

    @Test("keeps inline markup inside headings")
    func inlineMarkup() {
        let html = render("## Le *vrai* `code`\n").html
        #expect(html.contains("<h2 id=\"le-vrai-code\">Le <em>vrai</em> <code>code</code><a class=\"heading-anchor\""))
    }
}

import CMBlogMarkdown
import Testing

@Suite("Excerpts, plain text and word counts")
struct ExcerptTests {
    @Test("ends the excerpt at <!--more--> and closes what is open")
    func moreMarker() {
        let rendered = render("First *point*.<!--more-->\n\nSecond paragraph.")
        #expect(rendered.moreExcerptHTML == "<p>First <em>point</em>.</p>")
        #expect(rendered.excerptHTML == "<p>First <em>point</em>.</p>")
    }

    @Test("ends the excerpt at a marker on its own line")
    func moreMarkerBlock() {
        let rendered = render("One.\n\nTwo.\n\n<!--more-->\n\nThree.")
        #expect(rendered.moreExcerptHTML == "<p>One.</p>\n<p>Two.</p>")
    }

    @Test("falls back to the first paragraph")
    func firstParagraph() {
        let rendered = render("# Title\n\nThe first paragraph.\n\nThe second.")
        #expect(rendered.moreExcerptHTML == nil)
        #expect(rendered.excerptHTML == "<p>The first paragraph.</p>")
    }

    @Test("counts words of the plain text")
    func wordCount() {
        let rendered = render("Un *deux* trois.\n\n- quatre\n- cinq\n\n```\nsix\n```")
        #expect(HTMLText.plainText(rendered.html) == "Un deux trois. quatre cinq six")
        #expect(rendered.wordCount == 6)
    }

    @Test("decodes entities in plain text")
    func entities() {
        #expect(HTMLText.plainText("<p>R&amp;D &lt;b&gt; &#233;t&#xE9;</p>") == "R&D <b> été")
    }
}

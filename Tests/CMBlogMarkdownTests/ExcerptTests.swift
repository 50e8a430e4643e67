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

    @Test("leaves footnote references out of the excerpt, not out of the text")
    func footnoteReferences() {
        let rendered = render("A claim.[^1] Another[^2].\n\nMore.\n\n[^1]: The source.\n[^2]: Another source.", scope: "post")
        #expect(rendered.excerptHTML == "<p>A claim. Another.</p>")
        #expect(rendered.excerptText == "A claim. Another.")
        #expect(rendered.html.contains("<sup class=\"footnote-ref\"><a href=\"#fn-post-1\""))
        let more = render("Before[^1] <sup>2</sup>.<!--more-->\n\nAfter.\n\n[^1]: Note.", scope: "post")
        #expect(more.moreExcerptHTML == "<p>Before <sup>2</sup>.</p>")
    }

    @Test("leaves WordPress's footnote references out of an HTML body's excerpt")
    func wordPressFootnoteReferences() {
        let body = "Text<sup data-fn=\"a1\" class=\"fn\"><a href=\"#a1\" id=\"a1-link\">1</a></sup> and <sup><a href=\"https://x.example/\">x</a></sup>."
        let rendered = HTMLBodyRenderer.render(body)
        #expect(rendered.excerptHTML == "<p>Text and <sup><a href=\"https://x.example/\">x</a></sup>.</p>")
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

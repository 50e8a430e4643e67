import CMBlogMarkdown
import Testing

@Suite("Paragraphs of HTML bodies")
struct HTMLBodyParagraphTests {
    @Test("text directly above a block element is a paragraph of its own")
    func textAboveABlock() {
        #expect(HTMLBodyRenderer.paragraphs("Our pictures:\n<ul>\n<li>one</li>\n</ul>") == "<p>Our pictures:</p>\n<ul>\n<li>one</li>\n</ul>")
        #expect(HTMLBodyRenderer.paragraphs("One\ntwo\n<blockquote>Quoted</blockquote>") == "<p>One<br>\ntwo</p>\n<blockquote>Quoted</blockquote>")
    }

    @Test("blocks that open with a block element are left as written")
    func blockFirst() {
        #expect(HTMLBodyRenderer.paragraphs("<div>\ntext\n</div>") == "<div>\ntext\n</div>")
        #expect(HTMLBodyRenderer.paragraphs("Line one\nline two\n\n<hr>") == "<p>Line one<br>\nline two</p>\n<hr>")
    }
}

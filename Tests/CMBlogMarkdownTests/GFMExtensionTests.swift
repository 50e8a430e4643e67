import CMBlogMarkdown
import Testing

@Suite("GitHub-flavoured Markdown")
struct GFMExtensionTests {
    @Test("renders tables with alignment")
    func tables() {
        let html = render("| Plan | Prix |\n|:--|--:|\n| Base | 10 € |\n").html
        #expect(html.contains("<table>"))
        #expect(html.contains("<th style=\"text-align: left\">Plan</th>"))
        #expect(html.contains("<td style=\"text-align: right\">10 €</td>"))
        #expect(!html.contains("align=\""))
    }

    @Test("writes every column's alignment as a style")
    func tableAlignmentStyles() {
        let html = render("| a | b | c | d |\n|:-:|:--|--:|---|\n| 1 | 2 | 3 | 4 |\n").html
        #expect(html.contains("<th style=\"text-align: center\">a</th>\n<th style=\"text-align: left\">b</th>"))
        #expect(html.contains("<td style=\"text-align: right\">3</td>\n<td>4</td>"))
    }

    @Test("writes a fenced block's language as the class of its code")
    func fencedCodeLanguage() {
        let html = render("```python\nprint(1)\n```\n").html
        #expect(html == "<pre><code class=\"language-python\">print(1)\n</code></pre>\n")
    }

    @Test("renders strikethrough")
    func strikethrough() {
        #expect(render("un ~~deux~~ trois").html == "<p>un <del>deux</del> trois</p>\n")
    }

    @Test("links bare addresses")
    func autolinks() {
        let html = render("voir https://example.com/page et www.example.org").html
        #expect(html.contains("<a href=\"https://example.com/page\">https://example.com/page</a>"))
        #expect(html.contains("<a href=\"http://www.example.org\">www.example.org</a>"))
    }

    @Test("renders task lists")
    func taskLists() {
        let html = render("- [x] fait\n- [ ] à faire\n").html
        #expect(html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" /> fait"))
        #expect(html.contains("<input type=\"checkbox\" disabled=\"\" /> à faire"))
    }

    @Test("uses smart punctuation")
    func smartPunctuation() {
        #expect(render("\"Hello\" -- it's done...").html == "<p>“Hello” – it’s done…</p>\n")
    }

    @Test("keeps raw HTML in posts")
    func rawHTML() {
        let html = render("<figure class=\"wide\"><img src=\"/a.png\" alt=\"A\"></figure>\n\nText").html
        #expect(html.contains("<figure class=\"wide\"><img src=\"/a.png\" alt=\"A\"></figure>"))
    }

    @Test("drops raw HTML where it is not allowed")
    func unsafeHTMLRemoved() {
        let html = render("<script>alert(1)</script>\n\nText", rawHTML: false).html
        #expect(!html.contains("<script>"))
    }

    @Test("gives footnotes ids scoped to the text")
    func footnotesScoped() {
        let one = render("A claim.[^1]\n\n[^1]: The source.", scope: "first-post").html
        let two = render("Another.[^1]\n\n[^1]: Other source.", scope: "second-post").html
        #expect(one.contains("href=\"#fn-first-post-1\" id=\"fnref-first-post-1\""))
        #expect(one.contains("<li id=\"fn-first-post-1\">"))
        #expect(one.contains("href=\"#fnref-first-post-1\""))
        #expect(two.contains("<li id=\"fn-second-post-1\">"))
        #expect(!one.contains("\"fn-1\"") && !two.contains("\"fn-1\""))
    }
}

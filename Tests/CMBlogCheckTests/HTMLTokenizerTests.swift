import CMBlogCheck
import Testing

@Suite("HTML tokenizer")
struct HTMLTokenizerTests {
    func tokens(_ html: String) -> [HTMLTokenizer.Token] { HTMLTokenizer(Array(html.utf8)).tokens }

    @Test("start and end tags, lowercased, with attributes in their three quotings and decoded references")
    func tags() {
        let found = tokens(#"<A HREF="/a?x=1&amp;y=2" class='c' data-n=3 hidden>t</a>"#)
        #expect(found == [
            .start(name: "a", attributes: [.init(name: "href", value: "/a?x=1&y=2"), .init(name: "class", value: "c"), .init(name: "data-n", value: "3"),
                                           .init(name: "hidden", value: "")], selfClosing: false, offset: 0),
            .text(51..<52),
            .end(name: "a", offset: 52),
        ])
    }

    @Test("comments, the doctype and the content of scripts and styles are not read as tags")
    func rawText() {
        let names = tokens("<!DOCTYPE html><!-- <b> --><script>if (a<b) { x = '<i>' }</script><style>p>i{}</style><p/>").compactMap { token -> String? in
            switch token {
            case .start(let name, _, let selfClosing, _): "<\(name)\(selfClosing ? "/" : "")>"
            case .end(let name, _): "</\(name)>"
            case .text: nil
            }
        }
        #expect(names == ["<script>", "</script>", "<style>", "</style>", "<p/>"])
    }

    @Test("numeric references and unknown names in attribute values")
    func references() {
        guard case .start(_, let attributes, _, _) = tokens(#"<a title="&#233;t&#xE9; &copy; &">"#).first else { Issue.record("no tag"); return }
        #expect(attributes.first?.value == "été &copy; &")
    }

    @Test("a lone < and a truncated tag end the document without a crash")
    func truncated() {
        #expect(tokens("a < b").count == 1)
        _ = tokens("<a href=\"x")
        _ = tokens("<")
        _ = tokens("</")
        _ = tokens("<!--")
    }
}

@Suite("What a page says about itself")
struct HTMLPageTests {
    func page(_ body: String) -> HTMLPage { HTMLPage(bytes: Array(body.utf8)) }
    func rules(_ body: String) -> [String] { page(body).problems.map(\.rule) }

    @Test("optional end tags, void elements and SVG's empty elements are not problems")
    func validStructure() {
        let html = """
            <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>T</title></head><body>
            <p>one<p>two<ul><li>a<li>b</ul><table><tr><td>1<td>2<tr><td>3</table><br><img src="a.png" alt="" width="1" height="1">
            <svg viewBox="0 0 1 1"><title>icon</title><path d="M0"/></svg><dl><dt>a<dd>b</dl>
            </body></html>
            """
        #expect(page(html).problems.map(\.message) == [])
        #expect(page(html).titleCount == 1)
    }

    @Test("unclosed, misnested and stray tags are found where they are")
    func badStructure() {
        #expect(rules("<div><span>text</div>") == ["html.misnested"])
        #expect(rules("<b><i>x</b></i>") == ["html.misnested", "html.stray-end-tag"])
        #expect(rules("<section><div>open</section>") == ["html.misnested"])
        #expect(rules("<main><div>") == ["html.unclosed", "html.unclosed"])
        #expect(rules("text</em>") == ["html.stray-end-tag"])
        #expect(rules("<br></br>") == ["html.stray-end-tag"])
        #expect(rules("<div/>") == ["html.self-closing"])
        let problem = page("<p>a</p>\n<div><span>b</div>").problems.first
        #expect(problem?.offset == 14)
        #expect(problem?.needle == "<span")
    }

    @Test("obsolete elements and attributes")
    func obsolete() {
        #expect(rules("<center>x</center>") == ["html.obsolete"])
        #expect(rules(#"<p align="center">x</p><font color="red">y</font>"#) == ["html.obsolete", "html.obsolete"])
        #expect(rules(#"<img src="a" alt="" width="1" height="1" border="0">"#) == ["html.obsolete"])
        #expect(rules(#"<img src="a" alt="" width="1" height="1"><td width="3">"#) == ["html.obsolete"])
    }

    @Test("metadata, ids, links and identity claims")
    func metadata() {
        let found = page("""
            <html lang="en-GB"><head><title>T</title><link rel="canonical" href="https://x.example/a/"><meta property="og:url" content="https://x.example/a/">
            <meta name="description" content="D"><meta name="viewport" content="width=device-width"><meta name="fediverse:creator" content="@ana@social.example">
            <link rel="alternate" hreflang="fr" href="/fr/a/"><link rel="me" href="https://social.example/@ana"><meta property="og:image" content="/card.png">
            </head><body><h2 id="x">X</h2><h2 id="x">again</h2><a href="#x">x</a><img src="/i.png" srcset="/i-480.png 480w, /i-800.png 800w"></body></html>
            """)
        #expect(found.lang == "en-GB")
        #expect(found.canonical == "https://x.example/a/" && found.ogURL == found.canonical)
        #expect(found.hasDescription && found.hasViewport)
        #expect(found.fediverseCreators.map(\.url) == ["@ana@social.example"])
        #expect(found.alternates.map(\.language) == ["fr"])
        #expect(found.relMe.map(\.url) == ["https://social.example/@ana"])
        #expect(found.ogImage?.url == "/card.png")
        #expect(found.ids == ["x"])
        #expect(found.links.map(\.url) == ["https://x.example/a/", "/fr/a/", "https://social.example/@ana", "#x", "/i.png", "/i-480.png", "/i-800.png"])
        #expect(found.problems.map(\.rule) == ["pages.duplicate-id", "pages.image-alt", "pages.image-size"])
    }
}

@Suite("BCP 47 language tags")
struct LanguageTagTests {
    @Test("well-formed tags", arguments: ["fr", "en", "en-GB", "zh-Hant-TW", "sr-Latn-RS", "es-419", "de-CH-1996", "x-klingon", "en-US-x-twain", "gsw"])
    func valid(_ tag: String) { #expect(LanguageTag.isWellFormed(tag)) }

    @Test("malformed tags", arguments: ["", "f", "fr_FR", "en--GB", "en-", "-en", "fr-FR-", "1a", "en-a", "français"])
    func invalid(_ tag: String) { #expect(!LanguageTag.isWellFormed(tag)) }
}

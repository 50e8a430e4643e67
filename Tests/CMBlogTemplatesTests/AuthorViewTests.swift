@testable import CMBlogTemplates
import Testing

@Suite("Author pictures and structured data")
struct AuthorViewTests {
    @Test("initials come from the first and last names", arguments: [
        ("Camille Arnaud", "CA"), ("Jean-Luc Picard", "JP"), ("Léa", "L"), ("  élodie   de la Tour ", "ÉT"), ("", ""),
    ])
    func initials(name: String, expected: String) {
        #expect(InitialsAvatar.initials(of: name) == expected)
    }

    @Test("the generated avatar escapes the name")
    func avatarEscapes() {
        let svg = InitialsAvatar.svg(name: "A <b>&</b> Z", color: nil)
        #expect(svg.contains("aria-label=\"A &lt;b&gt;&amp;&lt;/b&gt; Z\""))
        #expect(svg.contains(">AZ</text>"))
    }

    @Test("JSON-LD can never close its script element")
    func jsonLDEscapes() {
        let text = JSONLD.object(["headline": .string("</script><script>alert(1)</script> & co")]).text
        #expect(!text.contains("</script"))
        #expect(text == #"{"headline":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e \u0026 co"}"#)
    }
}

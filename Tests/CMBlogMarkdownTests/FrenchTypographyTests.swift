import CMBlogMarkdown
import Testing

@Suite("French typography")
struct FrenchTypographyTests {
    let nnbsp = "\u{202F}"

    @Test("replaces a typed space before high punctuation")
    func replacesSpaces() {
        #expect(FrenchTypography.apply(to: "Vraiment ? Oui ! Donc : voilà ; fin") ==
            "Vraiment\(nnbsp)? Oui\(nnbsp)! Donc\(nnbsp): voilà\(nnbsp); fin")
    }

    @Test("inserts a space where none was typed, except before a colon")
    func insertsSpaces() {
        #expect(FrenchTypography.apply(to: "Quoi?! Rendez-vous à 10:30") == "Quoi\(nnbsp)?! Rendez-vous à 10:30")
    }

    @Test("spaces the inside of guillemets")
    func guillemets() {
        #expect(FrenchTypography.apply(to: "«bonjour» et « salut »") == "«\(nnbsp)bonjour\(nnbsp)» et «\(nnbsp)salut\(nnbsp)»")
    }

    @Test("applies to text, never to code, URLs or HTML")
    func onlyText() {
        let html = render("Texte ! `code ! ici` https://exemple.fr/?q=1 <span title=\"a ! b\">x</span>", french: true).html
        #expect(html.contains("Texte\(nnbsp)!"))
        #expect(html.contains("<code>code ! ici</code>"))
        #expect(html.contains("href=\"https://exemple.fr/?q=1\">https://exemple.fr/?q=1</a>"))
        #expect(html.contains("title=\"a ! b\""))
    }

    @Test("is off for other languages")
    func offForEnglish() {
        #expect(render("Really ?").html == "<p>Really ?</p>\n")
    }
}

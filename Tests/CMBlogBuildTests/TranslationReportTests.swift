import CMBlogBuild
import CMBlogContent
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

/// What a site with `languages:` lacks in translations: reported, and an error only on demand.
@Suite("Translation report")
struct TranslationReportTests {
    func site(_ settings: String = "") throws -> URL {
        try InlineFixture("""
            -- cmblog.yml --
            title: Mini
            baseURL: https://mini.example.com/
            languages: [fr, en]
            \(settings)
            -- authors/ana.yml --
            name: Ana
            -- content/posts/seul.md --
            ---
            title: Seul
            date: 2020-01-01
            author: ana
            categories: [Atelier]
            ---
            Texte.
            -- content/posts/paire.md --
            ---
            title: Paire
            date: 2020-01-01
            author: ana
            ---
            Texte.
            -- content/posts/paire.en.md --
            ---
            title: Pair
            date: 2020-03-15
            author: ana
            categories: [Atelier]
            ---
            Text.
            """).write()
    }

    @Test("missing versions, far dates and untranslated categories are notes, and the JSON for tools lists them")
    func report() async throws {
        let report = try await build(site())
        let notes = report.diagnostics.filter { $0.severity == .note }.map(\.description)
        #expect(notes.contains("content/posts/seul.md:1:1: note: this post has no version in en"))
        #expect(notes.contains("content/posts/paire.en.md:3:1: note: this post is dated 74 days after its fr version, content/posts/paire.md"))
        #expect(notes.contains("categories.yml:1:1: note: category 'Atelier' is shown in en under its fr name; give it `names: { en: … }`"))
        let json = try #require(report.translationsJSON)
        let findings = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["findings"] as? [[String: Any]])
        #expect(findings.count == 3)
        #expect(findings.contains { $0["kind"] as? String == "missing" && $0["path"] as? String == "content/posts/seul.md" && $0["languages"] as? [String] == ["en"] })
    }

    @Test("`translations: required` makes a missing version an error; a one-language site has no report")
    func required() async throws {
        #expect(try await buildErrors(site("translations: required")) == ["content/posts/seul.md:1:1: error: this post has no version in en"])
        #expect(try await build(writeSite()).translationsJSON == nil)
    }
}

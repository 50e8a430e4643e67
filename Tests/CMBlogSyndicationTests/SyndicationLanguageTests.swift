import CMBlogContent
import CMBlogSyndication
import CMBlogTestSupport
import Foundation
import Testing

/// On a site in two languages, each post's copy follows its language.
@Suite("Syndication per language")
struct SyndicationLanguageTests {
    static let now = ContentDate.parse("2026-05-01T12:00:00Z", timeZone: TimeZone(identifier: "UTC")!)!

    func site(_ template: String) throws -> URL {
        try InlineFixture("""
            -- cmblog.yml --
            title: Mini
            baseURL: https://mini.example.com/
            languages: [fr, en]
            syndication:
              \(template)
              linkedin:
            -- authors/ana.yml --
            name: Ana
            -- content/posts/degustation.md --
            ---
            title: "Samedi : dégustation"
            date: 2026-04-28
            author: ana
            tags: [café de spécialité]
            ---
            Venez goûter.
            -- content/posts/degustation.en.md --
            ---
            title: "Saturday: tasting"
            date: 2026-04-28
            author: ana
            tags: [specialty coffee]
            ---
            Come and taste.
            """).write()
    }

    func copies(_ template: String) async throws -> [String: String] {
        let (plan, _) = try await Syndicator(source: try site(template), now: Self.now).plan()
        // French typography puts no-break spaces before colons; compare with plain spaces.
        return Dictionary(uniqueKeysWithValues: plan.items.map {
            ($0.post.language, $0.copies[0].text.replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{00A0}", with: " "))
        })
    }

    @Test("a template per language, with the post's own hashtags and URL under its language's prefix")
    func templatePerLanguage() async throws {
        let texts = try await copies(#"template: { fr: "Nouveau : {title} {url} {hashtags}", en: "New: {title} {url} {hashtags}" }"#)
        #expect(texts["fr"] == "Nouveau : Samedi : dégustation https://mini.example.com/2026/04/degustation/ #CaféDeSpécialité")
        #expect(texts["en"] == "New: Saturday: tasting https://mini.example.com/en/2026/04/degustation/ #SpecialtyCoffee")
    }

    @Test("without a template, each post gets its language's default copy")
    func defaultPerLanguage() async throws {
        let texts = try await copies("since: 2026-01-01")
        #expect(texts["fr"]?.hasPrefix("Samedi : dégustation") == true)
        #expect(texts["en"]?.hasPrefix("Saturday: tasting") == true)
        #expect(texts["en"]?.contains("https://mini.example.com/en/2026/04/degustation/") == true)
    }
}

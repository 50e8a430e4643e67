import CMBlogBuild
import CMBlogImport
import CMBlogTestSupport
import Foundation
import Testing

/// Translations as Polylang and WPML export them become a shared `translationKey:`.
@Suite struct TranslationImportTests {
    /// An item of a WordPress export with the extra `terms` and `meta` lines a plugin writes.
    static func item(id: Int, name: String, title: String, terms: String = "", meta: [(String, String)] = []) -> String {
        let postmeta = meta.map { "<wp:postmeta><wp:meta_key><![CDATA[\($0.0)]]></wp:meta_key><wp:meta_value><![CDATA[\($0.1)]]></wp:meta_value></wp:postmeta>" }
        return """
            <item><title>\(title)</title><dc:creator>agnes</dc:creator><content:encoded><![CDATA[Texte.]]></content:encoded>
            <wp:post_id>\(id)</wp:post_id><wp:post_date>2024-03-04 09:00:00</wp:post_date><wp:post_name>\(name)</wp:post_name>
            <wp:status>publish</wp:status><wp:post_parent>0</wp:post_parent><wp:post_type>post</wp:post_type>
            \(terms)\(postmeta.joined())</item>

            """
    }

    static let export = ImportFixtures.wxrHead
        // Polylang: the language and the group of translations are terms of each post.
        + item(id: 10, name: "notre-boulangerie", title: "Notre boulangerie", terms: """
            <category domain="language" nicename="fr"><![CDATA[Français]]></category>\
            <category domain="post_translations" nicename="pll_65e5a1b2c3d4e"><![CDATA[pll_65e5a1b2c3d4e]]></category>
            """)
        + item(id: 12, name: "our-bakery", title: "Our bakery", terms: """
            <category domain="language" nicename="en"><![CDATA[English]]></category>\
            <category domain="post_translations" nicename="pll_65e5a1b2c3d4e"><![CDATA[pll_65e5a1b2c3d4e]]></category>
            """)
        // WPML Export and Import: language, source language and translation group are custom fields.
        + item(id: 20, name: "le-four", title: "Le four", meta: [
            ("_wpml_import_language_code", "fr"), ("_wpml_import_translation_group", "57"),
        ])
        + item(id: 21, name: "the-oven", title: "The oven", meta: [
            ("_wpml_import_language_code", "en"), ("_wpml_import_source_language_code", "fr"), ("_wpml_import_translation_group", "57"),
        ])
        + item(id: 30, name: "seul", title: "Seul")
        + "</channel></rss>\n"

    @Test func polylangAndWPMLTranslationsShareAKeyAndLinkEachOtherOnceTheSiteHasLanguages() async throws {
        let (input, target) = try ImportFixtures.write(Self.export)
        _ = try await ImportFixtures.run(.wordpress, input, into: target)
        let posts = "content/posts/2024-03-04-"
        func file(_ name: String) throws -> String { try ImportFixtures.text("\(posts)\(name).html", in: target) }
        #expect(try file("notre-boulangerie").contains("\nlang: fr\ntranslationKey: pll_65e5a1b2c3d4e\n"))
        #expect(try file("our-bakery").contains("\nlang: en\ntranslationKey: pll_65e5a1b2c3d4e\n"))
        #expect(try file("le-four").contains("\nlang: fr\ntranslationKey: wpml-57\n"))
        #expect(try file("the-oven").contains("\nlang: en\ntranslationKey: wpml-57\n"))
        #expect(try !file("seul").contains("translationKey"))

        let settings = target.appending(path: "cmblog.yml")
        try (String(contentsOf: settings, encoding: .utf8) + "languages: [fr, en]\n").write(to: settings, atomically: true, encoding: .utf8)
        let output = target.deletingLastPathComponent().appending(path: "public")
        _ = try await Builder(options: BuildOptions(source: target, output: output, jobs: 2)).build()
        let french = try String(contentsOf: output.appending(path: "2024/03/notre-boulangerie/index.html"), encoding: .utf8)
        #expect(french.contains(#"<link rel="alternate" hreflang="en" href="https://essai.example.org/en/2024/03/our-bakery/">"#))
        let oven = try String(contentsOf: output.appending(path: "en/2024/03/the-oven/index.html"), encoding: .utf8)
        #expect(oven.contains(#"<link rel="alternate" hreflang="fr" href="https://essai.example.org/2024/03/le-four/">"#))
    }
}

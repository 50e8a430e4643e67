import CMBlogBuild
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

/// What is wrong with translations is reported with its file and line.
@Suite("Translation errors")
struct TranslationErrorTests {
    /// A two-language site with `files`.
    func site(_ files: String) throws -> URL {
        try InlineFixture("""
            -- cmblog.yml --
            title: Mini
            baseURL: https://mini.example.com/
            languages: [fr, en]
            -- authors/ana.yml --
            name: Ana
            \(files)
            """).write()
    }

    func post(_ name: String, _ frontMatter: String) -> String {
        "-- content/posts/\(name).md --\n---\ntitle: \(name)\ndate: 2020-01-01\nauthor: ana\n\(frontMatter)\n---\nText.\n"
    }

    @Test("two entries of one language sharing a key: the second is an error naming the first")
    func twoOfOneLanguage() async throws {
        let source = try site(post("a", "translationKey: k\nlang: en") + post("b", "translationKey: k\nlang: en") + post("c", "translationKey: k"))
        #expect(try await buildErrors(source) == [
            "content/posts/b.md:5:1: error: content/posts/a.md is already the en version of `k`: give this post its own `translationKey`, or another `lang`",
        ])
    }

    @Test("a language the site does not list is an error at `lang:`")
    func unknownLanguage() async throws {
        let source = try site(post("a", "lang: de"))
        #expect(try await buildErrors(source) == [
            "content/posts/a.md:5:1: error: language `de` is not one of the site's languages (fr, en); add it to `languages:` in cmblog.yml, or change `lang:`",
        ])
    }

    @Test("a folder named after a language pairs its files with those outside it, and its pages keep their other folders")
    func languageFolders() async throws {
        let source = try site(post("bienvenue", "") + post("en/bienvenue", "")
            + "-- content/pages/legal/about.md --\n---\ntitle: À propos\n---\nTexte.\n"
            + "-- content/pages/en/legal/about.md --\n---\ntitle: About\n---\nText.\n")
        let output = try temporaryFolder().appending(path: "public")
        try await build(source, into: output)
        func page(_ path: String) throws -> String { try String(contentsOf: output.appending(path: path), encoding: .utf8) }
        let english = try page("en/2020/01/bienvenue/index.html")
        #expect(english.contains(#"<html lang="en">"#))
        #expect(english.contains(#"<link rel="alternate" hreflang="fr" href="https://mini.example.com/2020/01/bienvenue/">"#))
        #expect(try page("2020/01/bienvenue/index.html").contains(#"<link rel="alternate" hreflang="en" href="https://mini.example.com/en/2020/01/bienvenue/">"#))
        #expect(try page("en/legal/about/index.html").contains(#"<link rel="alternate" hreflang="fr" href="https://mini.example.com/legal/about/">"#))
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: "en/en").path))
    }

    @Test("a language the theme has no strings for is named in itself in the switcher, and the build says its pages read English")
    func languageWithoutStrings() async throws {
        let source = try InlineFixture("""
            -- cmblog.yml --
            title: Mini
            baseURL: https://mini.example.com/
            languages: [fr, en, de]
            -- authors/ana.yml --
            name: Ana
            \(post("bonjour", ""))
            """).write()
        let output = try temporaryFolder().appending(path: "public")
        let report = try await build(source, into: output)
        #expect(report.diagnostics.map(\.description).contains { $0.hasPrefix("cmblog.yml: warning: the theme has no interface strings in `de`") })
        #expect(!report.diagnostics.map(\.description).contains { $0.contains("strings in `en`") || $0.contains("strings in `fr`") })
        let home = try String(contentsOf: output.appending(path: "index.html"), encoding: .utf8)
        #expect(home.contains(#"hreflang="de" lang="de" rel="alternate">Deutsch</a>"#))
        #expect(home.contains(#"hreflang="en" lang="en" rel="alternate">English</a>"#))
    }

    @Test("a file name's language suffix on a one-language site is part of the slug, as before")
    func suffixOnOneLanguageSite() async throws {
        let source = try InlineFixture("""
            -- cmblog.yml --
            title: Mini
            baseURL: https://mini.example.com/
            -- authors/ana.yml --
            name: Ana
            \(post("hello.en", ""))
            """).write()
        let output = try temporaryFolder().appending(path: "public")
        try await build(source, into: output)
        #expect(FileManager.default.fileExists(atPath: output.appending(path: "2020/01/hello-en/index.html").path))
    }
}

import Foundation
import CMBlogCore
import CMBlogTemplates
import Testing

@Suite("Interface strings of the theme")
struct LocalizationsTests {
    let theme = Theme.builtIn

    @Test("the built-in theme has English and French strings for every key")
    func completeTables() throws {
        let english = try #require(theme.localizations["en"])
        let french = try #require(theme.localizations["fr"])
        #expect(Set(english.strings.keys) == Set(french.strings.keys))
        #expect(english.lists["date.months"]?.count == 12 && french.lists["date.months"]?.count == 12)
    }

    @Test("a regional language falls back to its language, then English, and the site overrides")
    func fallbackChain() throws {
        let site = LocalizationTable(try YAMLValue.parse("read_more: Lire l’article", path: "i18n/fr-CA.yml"))
        let localizations = Localizations(theme: theme, site: ["fr-CA": site], languages: ["fr-CA", "de"])
        #expect(localizations("fr-CA").text("read_more") == "Lire l’article")
        #expect(localizations("fr-CA").text("older_posts") == "Articles plus anciens")
        #expect(localizations("de").text("older_posts") == "Older posts")
    }

    @Test("every template of the built-in theme parses")
    func builtInTemplatesParse() throws {
        let theme = try ThemeLoader.load(from: EmptyFileSystem())
        for name in ["layout", "post", "page", "list", "author", "index", "404", "alias", "sitemap.xml", "robots.txt"] {
            #expect(theme.hasTemplate(name), "missing template \(name)")
        }
    }
}

/// A repository with no files: only the built-in theme is loaded.
struct EmptyFileSystem: FileSystem {
    func contents(of path: String) throws -> Data { throw FileReadError(path: path, reason: "no such file") }
    func files(under directory: String) throws -> [String] { [] }
    func fileExists(_ path: String) -> Bool { false }
}

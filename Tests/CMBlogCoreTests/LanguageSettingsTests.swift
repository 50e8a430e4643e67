import CMBlogCore
import Testing

/// `languages:` in `cmblog.yml`: the default language, prefixes, settings per language, errors.
@Suite("Languages of a site")
struct LanguageSettingsTests {
    func load(_ settings: String) throws -> (SiteConfig, [Diagnostic]) {
        try SiteConfig.load(from: "title: Le blog\nbaseURL: https://e.com/\n" + settings)
    }

    /// The error lines of settings that must fail.
    func errors(_ settings: String) -> [String] {
        do {
            _ = try load(settings)
            return []
        } catch {
            return (error as? DiagnosticError)?.diagnostics.map(\.description) ?? ["\(error)"]
        }
    }

    @Test("the first language is the default, at the root; the others live under their code; each has its title, description and menu")
    func defaults() throws {
        let (config, warnings) = try load("""
            languages:
              fr:
                menu: [{ title: "À propos", url: /a-propos/ }]
              en:
                title: The blog
                description: About coffee.
                menu: [{ title: About, url: /en/about/ }]
            """)
        #expect(warnings.isEmpty)
        #expect(config.language == "fr")
        #expect(config.siteLanguages == ["fr", "en"])
        #expect(config.prefix(of: "fr") == .root)
        #expect(config.prefix(of: "en").value == "/en/")
        #expect(config.prefix(of: "de") == .root)
        let english = config.edition("en")
        #expect(english.title == "The blog")
        #expect(english.description == "About coffee.")
        #expect(english.menu.map(\.title) == ["About"])
        #expect(english.language == "en")
        #expect(config.edition("fr").title == "Le blog")
        #expect(config.edition("fr").menu.map(\.title) == ["À propos"])
    }

    @Test("`language:` chooses the default among them wherever it is written; prefixes may be written, or empty")
    func chosenDefaultAndPrefixes() throws {
        let (config, _) = try load("languages:\n  en: { prefix: /english/ }\n  fr: { prefix: \"\" }\nlanguage: fr\n")
        #expect(config.siteLanguages == ["fr", "en"])
        #expect(config.prefix(of: "en").value == "/english/")
        #expect(config.prefix(of: "fr") == .root)
        let (prefixed, _) = try load("languages: [fr, en]\nlanguage: en\n")
        #expect(prefixed.siteLanguages == ["en", "fr"])
        #expect(prefixed.prefix(of: "en") == .root)
        #expect(prefixed.prefix(of: "fr").value == "/fr/")
        let (both, _) = try load("languages:\n  fr: { prefix: fr }\n  en:\n")
        #expect(both.prefix(of: "fr").value == "/fr/")
        #expect(both.prefix(of: "en").value == "/en/")
    }

    @Test("a site without `languages:` has one language and no prefix")
    func oneLanguage() throws {
        let (config, _) = try load("language: fr\n")
        #expect(!config.isMultilingual)
        #expect(config.siteLanguages == ["fr"])
        #expect(config.edition("en") == config)
    }

    @Test("unknown or repeated languages, shared prefixes, bad prefixes and an unlisted default are errors naming cmblog.yml's line")
    func problems() {
        #expect(errors("languages:\n  fr:\n  english:\n") == [
            "cmblog.yml:5:3: error: 'english' is not a language code; use a BCP 47 code such as fr, en or pt-BR",
        ])
        #expect(errors("languages:\n  fr:\n  en: { prefix: \"\" }\n") == [
            "cmblog.yml:5: error: languages `fr` and `en` both live at the site's root: give each its own `prefix`",
        ])
        #expect(errors("languages:\n  fr:\n  en: { prefix: a/b }\n") == [
            "cmblog.yml:5:17: error: a language's `prefix` must be one lowercase URL segment such as `en`, or \"\" for none",
        ])
        #expect(errors("language: de\nlanguages:\n  fr:\n  en:\n") == [
            "cmblog.yml:3:11: error: `language` is de, which `languages` does not list (fr, en)",
        ])
        #expect(errors("languages: [fr, en, fr]\n") == [
            "cmblog.yml:3:21: error: language `fr` is listed twice",
        ])
        #expect(errors("translations: always\n") == [
            "cmblog.yml:3:15: error: `translations` must be `required` or `optional`",
        ])
    }

    @Test("an unknown setting of a language is a warning with a suggestion")
    func unknownSetting() throws {
        let (_, warnings) = try load("languages:\n  fr:\n  en: { titel: The blog }\n")
        #expect(warnings.map(\.description) == ["cmblog.yml:5:9: warning: unknown setting `titel` of language `en`; did you mean `title`?"])
    }
}

import Foundation
import CMBlogCore

/// The `Localization` of every language a site uses, built once per build.
///
/// For a language such as `fr-CA` the layers are, from weakest to strongest: the theme's
/// English, the theme's `fr`, the theme's `fr-CA`, then the site's own `i18n/` files for
/// the same languages.
public struct Localizations: Sendable {
    private let byLanguage: [String: Localization]
    private let fallback: Localization
    /// The languages the theme or the site has strings for.
    private let written: Set<String>

    public init(theme: Theme, site overrides: [String: LocalizationTable], languages: Set<String>) {
        func make(_ language: String) -> Localization {
            let chain = ["en"] + Self.parents(of: language)
            let tables = chain.compactMap { theme.localizations[$0] } + chain.compactMap { overrides[$0] }
            return Localization(language: language, tables: tables)
        }
        byLanguage = Dictionary(uniqueKeysWithValues: languages.map { ($0, make($0)) })
        fallback = make("en")
        written = Set(theme.localizations.keys).union(overrides.keys)
    }

    /// Whether the theme or the site has interface strings for `language` (or for the language
    /// it is a variant of: `fr` for `fr-CA`); the others read the theme's English.
    public func hasStrings(for language: String) -> Bool {
        (["en"] + Self.parents(of: language)).contains { written.contains($0) && ($0 != "en" || language.split(separator: "-").first == "en") }
    }

    /// `language` named in itself ("Deutsch" for `de`): from its strings when it has some, else
    /// as the system names it.
    public func name(of language: String) -> String {
        if hasStrings(for: language) { return self(language).text("language_name") }
        guard let name = Locale(identifier: language).localizedString(forIdentifier: language), let first = name.first else { return language }
        return first.uppercased() + name.dropFirst()
    }

    /// The localization for `language`.
    public func callAsFunction(_ language: String) -> Localization {
        byLanguage[language] ?? fallback
    }

    /// `fr-CA` gives `["fr", "fr-CA"]`.
    private static func parents(of language: String) -> [String] {
        let parts = language.split(separator: "-")
        return parts.indices.map { parts[...$0].joined(separator: "-") }.filter { $0 != "en" }
    }
}

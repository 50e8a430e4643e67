import Foundation

extension SettingsReader {
    /// The keys a language of `languages:` may set.
    static let languageKeys = ["title", "description", "menu", "prefix"]

    /// Reads `languages:`, a mapping from each language's code to its settings (or a list of
    /// codes), the default language first unless `language:` names another.
    mutating func languages(_ value: YAMLValue) -> (languages: [LanguageSettings], prefixed: Set<String>) {
        let items: [(code: String, line: Int, column: Int, settings: YAMLValue?)]
        if let entries = value.entries {
            items = entries.map { ($0.key, $0.keyLine, $0.keyColumn, $0.value) }
        } else if let list = value.sequence, list.allSatisfy({ $0.string != nil }) {
            items = list.map { ($0.string!, $0.line, $0.column, nil) }
        } else {
            fail(value, "`languages` must map each language's code to its settings, such as `fr: { title: … }` and `en: { prefix: en }`")
            return ([], [])
        }
        var languages: [LanguageSettings] = []
        var prefixed: Set<String> = []
        for item in items {
            guard Self.isLanguageCode(item.code) else {
                diagnostics.append(.error("'\(item.code)' is not a language code; use a BCP 47 code such as fr, en or pt-BR", path: path, line: item.line, column: item.column))
                continue
            }
            if languages.contains(where: { $0.code.lowercased() == item.code.lowercased() }) {
                diagnostics.append(.error("language `\(item.code)` is listed twice", path: path, line: item.line, column: item.column))
                continue
            }
            var language = LanguageSettings(code: item.code, prefix: item.code.lowercased(), line: item.line)
            if let settings = item.settings, !settings.isNull {
                read(settings, into: &language)
                if settings["prefix"] != nil { prefixed.insert(item.code) }
            }
            languages.append(language)
        }
        return (languages, prefixed)
    }

    private mutating func read(_ settings: YAMLValue, into language: inout LanguageSettings) {
        guard let entries = settings.entries else {
            fail(settings, "the settings of language `\(language.code)` must be a mapping of `title`, `description`, `menu` and `prefix`")
            return
        }
        for entry in entries {
            switch entry.key {
            case "title": language.title = string(entry.key, entry.value)
            case "description": language.description = string(entry.key, entry.value)
            case "menu": language.menu = menu(entry.value)
            case "prefix":
                let raw = entry.value.isNull ? "" : (string(entry.key, entry.value) ?? "")
                let folder = raw.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
                if folder.isEmpty || Slug.make(from: folder) == folder { language.prefix = folder }
                else { fail(entry.value, "a language's `prefix` must be one lowercase URL segment such as `en`, or \"\" for none") }
            default:
                let hint = Suggestion.closest(to: entry.key, among: Self.languageKeys).map { "; did you mean `\($0)`?" } ?? ""
                diagnostics.append(.warning("unknown setting `\(entry.key)` of language `\(language.code)`\(hint)", path: path, line: entry.keyLine, column: entry.keyColumn))
            }
        }
    }

    /// Reads `languages:`, puts the default language first (`language:`, when it names one of
    /// them), gives it the root unless its `prefix` was written, and reports two languages
    /// sharing a prefix.
    mutating func applyLanguages(_ value: YAMLValue, default language: YAMLValue?, to config: inout SiteConfig) {
        let (languages, prefixed) = languages(value)
        guard !languages.isEmpty else { return }
        var ordered = languages
        if let value = language, let code = value.string {
            guard let index = ordered.firstIndex(where: { $0.code == code }) else {
                fail(value, "`language` is \(code), which `languages` does not list (\(languages.map(\.code).joined(separator: ", ")))")
                return
            }
            let chosen = ordered.remove(at: index)
            ordered.insert(chosen, at: 0)
        }
        config.language = ordered[0].code
        if !prefixed.contains(ordered[0].code) { ordered[0].prefix = "" }
        var seen: [String: String] = [:]
        for settings in ordered {
            if let other = seen[settings.prefix] {
                let place = settings.prefix.isEmpty ? "the site's root" : "/\(settings.prefix)/"
                diagnostics.append(.error("languages `\(other)` and `\(settings.code)` both live at \(place): give each its own `prefix`", path: path, line: settings.line))
            }
            seen[settings.prefix] = settings.code
        }
        config.languages = ordered
    }

    static func isLanguageCode(_ code: String) -> Bool {
        code.range(of: "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", options: .regularExpression) != nil
    }
}

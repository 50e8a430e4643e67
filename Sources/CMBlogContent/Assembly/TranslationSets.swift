import CMBlogCore

/// The posts and pages that translate each other on a site with `languages:`: those sharing a
/// `translationKey` (written, or given by their file names), one per language.
struct TranslationSets {
    /// The versions of each set of two or more, in the order of the site's languages, by key.
    private let sets: [String: [Translation]]

    /// Groups `entries` by key; a second entry of one language in a set is an error naming the first.
    init(_ entries: [Entry], urls: [String: SitePath], config: SiteConfig, diagnostics: inout [Diagnostic]) {
        var groups: [String: [Entry]] = [:]
        for entry in entries {
            guard let key = entry.translationKey else { continue }
            let language = entry.language ?? config.language
            if let first = groups[key]?.first(where: { ($0.language ?? config.language) == language }) {
                diagnostics.append(Diagnostic(.error, at: entry.location(of: "translationKey"), """
                    \(first.sourcePath) is already the \(language) version of `\(key)`: give this \(entry.kind.rawValue) \
                    its own `translationKey`, or another `lang`
                    """))
                continue
            }
            groups[key, default: []].append(entry)
        }
        let order = Dictionary(uniqueKeysWithValues: config.siteLanguages.enumerated().map { ($1, $0) })
        sets = groups.filter { $0.value.count > 1 }.mapValues { group in
            group.compactMap { entry in
                urls[entry.sourcePath].map { Translation(language: entry.language ?? config.language, url: $0) }
            }
            .sorted { (order[$0.language] ?? .max, $0.language) < (order[$1.language] ?? .max, $1.language) }
        }
    }

    /// Every version of `entry`, itself included; empty when it has no translation.
    func versions(of entry: Entry) -> [Translation] {
        entry.translationKey.flatMap { sets[$0] } ?? []
    }

    /// On a site with `languages:`, an entry in a language it does not list is an error.
    static func languageProblems(_ entries: [Entry], config: SiteConfig) -> [Diagnostic] {
        guard config.isMultilingual else { return [] }
        let known = config.siteLanguages
        return entries.compactMap { entry in
            guard let language = entry.language, !known.contains(language) else { return nil }
            return Diagnostic(.error, at: entry.location(of: "lang"), """
                language `\(language)` is not one of the site's languages (\(known.joined(separator: ", "))); \
                add it to `languages:` in \(SiteConfig.fileName), or change `lang:`
                """)
        }
    }
}

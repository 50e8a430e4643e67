import CMBlogCore
import Foundation

/// What a site with `languages:` lacks in translations: posts and pages in one language without
/// a version in another, pairs published more than `maxDateGap` days apart, and categories
/// shown in another language under their default language's name.
///
/// A report, never a failure, unless `translations: required` (then missing versions are errors).
public struct TranslationReport: Sendable, Equatable {
    /// Pairs whose dates differ by more than this many days are reported.
    public static let maxDateGap = 30

    /// One thing the report found.
    public struct Finding: Sendable, Equatable {
        /// `missing` (an entry without a version in `languages`), `dates` (an entry dated far
        /// from its version in `languages`) or `term` (a category shown in `languages` under the
        /// default language's name).
        public let kind: String
        /// The entry's file, or `categories.yml`.
        public let path: String
        public let line: Int
        /// The entry's or term's language.
        public let language: String
        /// The languages concerned.
        public let languages: [String]
        public let message: String
    }

    public let findings: [Finding]

    public init(site: Site) {
        let config = site.config
        guard config.isMultilingual else {
            findings = []
            return
        }
        var findings: [Finding] = []
        let byURL = Dictionary((site.posts + site.pages).map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
        for resolved in site.posts + site.pages {
            let entry = resolved.entry, language = site.language(of: resolved)
            let others = config.siteLanguages.filter { other in other != language && !resolved.translations.contains { $0.language == other } }
            if !others.isEmpty {
                findings.append(Finding(kind: "missing", path: entry.sourcePath, line: 1, language: language, languages: others,
                                        message: "this \(entry.kind.rawValue) has no version in \(others.joined(separator: ", "))"))
            }
            guard let date = entry.date else { continue }
            for version in resolved.translations where version.language != language {
                guard let other = byURL[version.url], let otherDate = other.entry.date,
                      date.timeIntervalSince(otherDate) > Double(Self.maxDateGap) * 86400 else { continue }
                let days = Int(date.timeIntervalSince(otherDate) / 86400)
                findings.append(Finding(kind: "dates", path: entry.sourcePath, line: entry.keyLines["date"] ?? 1, language: language,
                                        languages: [version.language],
                                        message: "this \(entry.kind.rawValue) is dated \(days) days after its \(version.language) version, \(other.entry.sourcePath)"))
            }
        }
        let defaults = Set(site.categories.filter { $0.language == config.language }.map(\.key))
        for term in site.categories where term.language != config.language && term.slug == term.key && defaults.contains(term.key) {
            findings.append(Finding(kind: "term", path: CategoriesParser.fileName, line: 1, language: term.language, languages: [term.language],
                                    message: "category '\(term.name)' is shown in \(term.language) under its \(config.language) name; give it `names: { \(term.language): … }`"))
        }
        self.findings = findings
    }

    /// Each finding as a note for `--verbose`; missing versions as errors with `translations: required`.
    public func diagnostics(required: Bool) -> [Diagnostic] {
        findings.map { finding in
            Diagnostic(required && finding.kind == "missing" ? .error : .note, at: SourceLocation(path: finding.path, line: finding.line, column: 1),
                       finding.message)
        }
    }

    /// The report as JSON, for tools: `{"findings": [{"kind", "path", "line", "language", "languages", "message"}]}`.
    public var json: String {
        func quoted(_ text: String) -> String { "\"" + JSONString.escape(text) + "\"" }
        let items = findings.map { finding in
            let languages = finding.languages.map(quoted).joined(separator: ", ")
            return """
                    {"kind": \(quoted(finding.kind)), "path": \(quoted(finding.path)), "line": \(finding.line), \
                "language": \(quoted(finding.language)), "languages": [\(languages)], "message": \(quoted(finding.message))}
                """
        }
        return "{\"findings\": [\n" + items.joined(separator: ",\n") + (items.isEmpty ? "" : "\n") + "]}\n"
    }
}

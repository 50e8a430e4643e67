import Foundation

/// One language of a site that publishes in several (`languages:` in `cmblog.yml`): its
/// code, where its pages live, and the settings its pages show instead of the site's.
public struct LanguageSettings: Sendable, Equatable {
    /// The language's code (BCP 47, e.g. `fr`, `en`, `pt-BR`).
    public var code: String
    /// The URL folder of its pages (`en`), or empty when they live at the site's root.
    public var prefix: String
    /// The site's title in this language; the site's own when nil.
    public var title: String?
    /// The site's description in this language; the site's own when nil.
    public var description: String?
    /// The main navigation of this language's pages; the site's own `menu:` when nil.
    public var menu: [SiteConfig.MenuItem]?
    /// Where the language was declared, for diagnostics.
    public var line: Int

    public init(code: String, prefix: String, title: String? = nil, description: String? = nil, menu: [SiteConfig.MenuItem]? = nil, line: Int = 1) {
        self.code = code
        self.prefix = prefix
        self.title = title
        self.description = description
        self.menu = menu
        self.line = line
    }
}

extension SiteConfig {
    /// Whether the site publishes in several languages (`languages:`).
    public var isMultilingual: Bool { !languages.isEmpty }

    /// The languages whose pages, lists and feeds the site publishes, the default first: those
    /// of `languages:`, else the site's one language.
    public var siteLanguages: [String] { isMultilingual ? languages.map(\.code) : [language] }

    /// The settings of `language`, when it is one of `languages:`.
    public func settings(of language: String) -> LanguageSettings? {
        languages.first { $0.code == language }
    }

    /// The folder every page of `language` lives under: `/en/`, or the root for the default
    /// language, for a language the site does not list, and on one-language sites.
    public func prefix(of language: String) -> SitePath {
        guard let prefix = settings(of: language)?.prefix, !prefix.isEmpty else { return .root }
        return SitePath.root.appending(folder: prefix)
    }

    /// The settings as pages in `language` see them: its title, description and menu in place
    /// of the site's, and `language` as the language. The same settings on one-language sites.
    public func edition(_ language: String) -> SiteConfig {
        guard let settings = settings(of: language) else { return self }
        var edition = self
        edition.language = language
        edition.title = settings.title ?? title
        edition.description = settings.description ?? description
        edition.menu = settings.menu ?? menu
        return edition
    }
}

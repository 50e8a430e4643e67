import CMBlogContent
import CMBlogCore

/// A `<link rel="alternate" hreflang>` of a page's head: `hreflang` (a language, or
/// `x-default`) and the absolute `url` of that version.
struct AlternateLink: TemplateParent {
    let hreflang: String
    let url: String

    /// The links of a page's versions, then `x-default` for the default language's one.
    static func list(_ translations: [Translation], context: ViewContext) -> [AlternateLink] {
        var links = translations.map { AlternateLink(hreflang: $0.language, url: context.absolute($0.url)) }
        if let fallback = translations.first(where: { $0.language == context.sources.siteConfig.language }) {
            links.append(AlternateLink(hreflang: "x-default", url: context.absolute(fallback.url)))
        }
        return links
    }

    func child(named name: String) -> Any? {
        switch name {
        case "hreflang": hreflang
        case "url": url
        default: nil
        }
    }
}

/// A link of the language switcher: `lang`, `name` (the language named in itself), `url`,
/// and `isTranslation` when it leads to this page's translation rather than to that
/// language's home page.
struct LanguageLink: TemplateParent {
    let lang: String
    let name: String
    let url: String
    let isTranslation: Bool

    /// A link to each other language of the site: to the page's version in it, else to its home.
    static func switcher(_ translations: [Translation], context: ViewContext) -> [LanguageLink] {
        let sources = context.sources
        return sources.siteConfig.siteLanguages.filter { $0 != sources.edition }.map { language in
            let version = translations.first { $0.language == language }
            return LanguageLink(lang: language, name: sources.languageName(language), url: context.link(version?.url ?? sources.homePath(language)),
                                isTranslation: version != nil)
        }
    }

    func child(named field: String) -> Any? {
        switch field {
        case "lang": lang
        case "name": name
        case "url": url
        case "isTranslation": isTranslation
        default: nil
        }
    }
}

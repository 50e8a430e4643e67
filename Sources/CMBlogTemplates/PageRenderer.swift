import CMBlogComments
import CMBlogContent
import CMBlogCore
import CMBlogFeeds
import CMBlogMarkdown
import Foundation

/// Renders any page of a site through the theme's templates.
///
/// A value shared by all render tasks: it holds only immutable data, and builds each
/// template context inside the call that uses it.
public struct PageRenderer: Sendable {
    public let site: Site
    public let theme: CompiledTheme
    public let comments: CommentArchive
    public let images: ImageCatalog
    let localizations: Localizations
    private let feeds: SiteFeeds
    /// The `site` of templates, made once for each language.
    private let siteViews: [String: SiteView]
    /// Each language of the site named in itself, for language switchers.
    private let languageNames: [String: String]

    public init(site: Site, theme: CompiledTheme, comments: CommentArchive = .empty, images: ImageCatalog = ImageCatalog()) {
        self.site = site
        self.theme = theme
        self.comments = comments
        self.images = images
        let languages = Set(site.config.siteLanguages + (site.posts + site.pages).compactMap(\.entry.language))
        let localizations = Localizations(theme: theme.theme, site: site.localizationOverrides, languages: languages)
        let feeds = SiteFeeds(site: site)
        self.localizations = localizations
        self.feeds = feeds
        let languageNames = Dictionary(uniqueKeysWithValues: site.config.siteLanguages.map { ($0, localizations.name(of: $0)) })
        self.languageNames = languageNames
        siteViews = Dictionary(uniqueKeysWithValues: languages.map { language in
            let sources = PageSources(site: site, comments: comments, images: images, feeds: feeds, localization: localizations(language),
                                      inputs: PageInputs(), languageNames: languageNames)
            return (language, SiteView(context: ViewContext(sources: sources)))
        })
    }

    /// The interface strings of `language`, with the site's overrides.
    public func localization(for language: String) -> Localization { localizations(language) }

    /// The site's languages that have no interface strings of their own, and read English.
    public var languagesWithoutStrings: [String] { site.config.siteLanguages.filter { !localizations.hasStrings(for: $0) } }

    /// The text of the page, in UTF-8 as it is written out.
    public func renderBytes(_ kind: PageKind, at path: SitePath) -> [UInt8] {
        guard let name = kind.templateNames.first(where: theme.hasTemplate) else { return [] }
        let language = language(of: kind)
        let sources = PageSources(
            site: site, comments: comments, images: images, feeds: feeds, localization: localizations(language), inputs: kind.inputs(in: site),
            languageNames: languageNames)
        let context = ViewContext(sources: sources)
        var view = PageView(kind, at: path, site: siteViews[language] ?? SiteView(context: context), context: context)
        view.translate(kind.translations(in: site), context: context)
        return theme.library.renderBytes(view, withTemplate: name) ?? []
    }

    private func language(of kind: PageKind) -> String {
        switch kind {
        case .post(let index): site.language(of: site.posts[index])
        case .page(let index): site.language(of: site.pages[index])
        case .alias(_, let language), .home(_, let language), .termIndex(_, let language), .yearIndex(let language),
             .author(_, _, let language), .authorIndex(let language), .notFound(let language), .mastodonShare(let language): language
        case .term(let term, _): term.language
        case .year(let year, _): year.language
        case .sitemap, .robots: site.config.language
        }
    }
}

extension PageRenderer {
    /// The SVG text of a generated share card, from the template `share_cards.template` names;
    /// nil when the theme has no such template.
    public func shareCardSVG(_ content: ShareCardContent) -> String? {
        let name = site.config.shareCards.template
        guard theme.hasTemplate(name) else { return nil }
        return theme.library.render(ShareCardView(content: content), withTemplate: name)
    }
}

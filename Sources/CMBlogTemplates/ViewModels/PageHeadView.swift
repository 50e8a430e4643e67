import CMBlogCore
import CMBlogFeeds

/// What every page states about itself (`page`): language, titles, description, canonical
/// URL, share card, feeds, authors and schema.org data for its `<head>`.
struct PageHeadView: TemplateParent {
    let kind: String
    let lang: String
    let title: String
    let documentTitle: String
    let description: String
    let canonicalURL: String
    var meLinks: [String]
    var feeds: [FeedLink]
    var card: ShareCard
    var authorNames = ""
    var authorLinks: [String] = []
    var fediverseCreators: [String] = []
    var jsonLD: [JSONLD] = []
    /// The page's versions in each language, for `hreflang` links.
    var alternates: [AlternateLink] = []
    /// The language switcher: a link to each other language of a site with `languages:`.
    var languageLinks: [LanguageLink] = []
    /// A draft or a post not due yet, in a preview: the page says so and is not indexed.
    var isDraft = false

    /// The head of a page of `kind` at `path`; `title` nil means the site's own title.
    init(kind: String, title: String?, description: String?, path: SitePath, context: ViewContext) {
        let config = context.config
        let description = description.flatMap { $0.isEmpty ? nil : $0 } ?? config.description
        self.kind = kind
        lang = context.localization.language
        self.title = title ?? config.title
        documentTitle = title.map { "\($0) — \(config.title)" } ?? config.title
        self.description = description
        canonicalURL = context.absolute(path.canonical)
        meLinks = config.social.map(\.url)
        feeds = context.feedLinks([.site])
        card = context.siteCard(title: title ?? config.title, description: description, path: path)
    }

    func child(named name: String) -> Any? {
        switch name {
        case "kind": kind
        case "lang": lang
        case "title": title
        case "documentTitle": documentTitle
        case "description": description
        case "canonicalURL": canonicalURL
        case "isHome": kind == "home"
        case "meLinks": meLinks
        case "feeds": feeds
        case "openGraph": card.openGraph
        case "twitterCard": card.twitter
        case "authorNames": authorNames.isEmpty ? nil : authorNames
        case "authorLinks": authorLinks.isEmpty ? nil : authorLinks
        case "fediverseCreators": fediverseCreators.isEmpty ? nil : fediverseCreators
        case "jsonLD": jsonLD.isEmpty ? nil : jsonLD.map(\.text)
        case "alternates": alternates.isEmpty ? nil : alternates
        case "languageLinks": languageLinks.isEmpty ? nil : languageLinks
        case "hasLanguageLinks": languageLinks.isEmpty ? nil : true
        case "isDraft": isDraft
        default: nil
        }
    }
}

import CMBlogContent
import CMBlogCore

/// What a template renders: `site`, `t` (interface strings), `page` (what every page states
/// about itself) and the view of the page's kind under its own name.
struct PageView: TemplateParent {
    /// The view of each page kind, under the name its templates read.
    enum Body {
        /// `post`: a post or a page.
        case entry(EntryView)
        /// `list`: the home page, a term's or a year's posts.
        case list(ListView)
        /// `author` and `list`: an author and their posts.
        case author(AuthorView, ListView)
        /// `index`: all categories, tags or years.
        case index(IndexView)
        /// `authors`: every author.
        case authors(AuthorIndexView)
        /// `notFound`: the latest posts (`recent`, `hasRecent`).
        case notFound(recent: [TitledLink])
        /// `alias`: where an old URL now leads, as a link from the site's root (`targetURL`)
        /// and as an absolute URL (`canonicalURL`).
        case alias(targetURL: String, canonicalURL: String)
        /// `sitemap`: its `urls` (`loc`, `lastmod`).
        case sitemap([SitemapEntry])
        /// `robots`: `sitemapURL`.
        case robots(sitemapURL: String)
        /// Nothing beyond `page` (the Mastodon share page).
        case none
    }

    let site: SiteView
    let strings: [String: String]
    /// Nil for files that are not HTML pages (sitemap, robots.txt).
    var head: PageHeadView?
    let body: Body

    /// Links the page to its `translations` (its `hreflang` links and share card's other
    /// locales) and, on a site with `languages:`, gives it a language switcher.
    mutating func translate(_ translations: [Translation], context: ViewContext) {
        guard var head, context.sources.siteConfig.isMultilingual else { return }
        head.alternates = AlternateLink.list(translations, context: context)
        head.card.localeAlternates = translations.map(\.language).filter { $0 != context.sources.edition }.map(ShareCard.locale)
        head.languageLinks = LanguageLink.switcher(translations, context: context)
        self.head = head
    }

    func child(named name: String) -> Any? {
        switch name {
        case "site": return site
        case "t": return strings
        case "page": return head
        default: break
        }
        return switch (body, name) {
        case (.entry(let entry), "post"): entry
        case (.list(let list), "list"), (.author(_, let list), "list"): list
        case (.author(let author, _), "author"): author
        case (.index(let index), "index"): index
        case (.authors(let authors), "authors"): authors
        case (.notFound(let recent), "notFound"): ["recent": recent, "hasRecent": !recent.isEmpty] as [String: Any]
        case (.alias(let target, let canonical), "alias"): ["targetURL": target, "canonicalURL": canonical]
        case (.sitemap(let urls), "sitemap"): ["urls": urls, "hasAlternates": urls.contains { !$0.alternates.isEmpty }] as [String: Any]
        case (.robots(let sitemapURL), "robots"): ["sitemapURL": sitemapURL]
        default: nil
        }
    }
}

/// A URL of the sitemap: `loc`, `lastmod` when known, and its versions in other languages
/// (`alternates` [`hreflang`, `url`]).
struct SitemapEntry: TemplateParent {
    let loc: String
    let lastmod: String?
    let alternates: [AlternateLink]

    func child(named name: String) -> Any? {
        switch name {
        case "loc": loc
        case "lastmod": lastmod
        case "alternates": alternates.isEmpty ? nil : alternates
        default: nil
        }
    }
}

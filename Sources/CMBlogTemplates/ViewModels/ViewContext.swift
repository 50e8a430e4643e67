import CMBlogComments
import CMBlogContent
import CMBlogCore
import CMBlogFeeds
import CMBlogMarkdown
import Foundation

/// Builds the dictionaries templates see, for one page in one language.
///
/// Templates receive plain `[String: Any]` values (never Swift types through reflection):
/// `site`, `t` (interface strings), `page` (metadata every page has) and one key per kind
/// (`post`, `list`, `author`, `index`, …).
struct ViewContext {
    let site: Site
    let localization: Localization
    let comments: CommentArchive
    let images: ImageCatalog

    var config: SiteConfig { site.config }

    /// A link to a site path, as written in pages (`/blog/2012/03/slug/`).
    func link(_ path: SitePath) -> String { config.link(to: path) }

    /// The absolute URL of a site path.
    func absolute(_ path: SitePath) -> String { config.absoluteURL(of: path) }

    /// A link to a file named in content (`/images/a.jpg`, `images/a.jpg`, or a full URL).
    func fileLink(_ raw: String) -> String {
        if raw.contains("://") || raw.hasPrefix("//") || raw.hasPrefix("data:") { return raw }
        return config.basePath + raw.drop(while: { $0 == "/" })
    }

    /// A date as readers of the page's language write it.
    func dateText(_ date: Date) -> String { localization.date(date, in: config.timeZone) }

    /// A date for `datetime` attributes.
    func dateISO(_ date: Date) -> String { DateText.iso8601(date, in: config.timeZone) }

    /// The site, as every template sees it.
    func siteView() -> [String: Any] {
        let paths = config.paths
        let values: [String: Any?] = [
            "title": config.title,
            "description": config.description,
            "baseURL": config.baseURL.absoluteString,
            "homeURL": link(.root),
            "assetsPath": config.basePath + "assets/",
            "accent": config.accentColor,
            "copyright": config.copyright ?? config.title,
            "hasMenu": !config.menu.isEmpty,
            "menu": config.menu.map { ["title": $0.title, "url": $0.url.hasPrefix("/") ? fileLink($0.url) : $0.url] },
            "archivesURL": link(SitePath.root.appending(folder: paths.archives)),
            "categoriesURL": link(SitePath.root.appending(folder: paths.categories)),
            "tagsURL": link(SitePath.root.appending(folder: paths.tags)),
            "authorsURL": link(SitePath.root.appending(folder: paths.authors)),
            "social": config.social.map { ["label": linkLabel($0), "url": $0.url] },
            "hasSocial": !config.social.isEmpty,
        ]
        return values.compacted
    }

    /// The metadata of a page: language, titles, description, canonical URL.
    func pageView(kind: String, title: String?, description: String?, path: SitePath) -> [String: Any] {
        let description = description.flatMap { $0.isEmpty ? nil : $0 } ?? config.description
        let values: [String: Any] = [
            "kind": kind,
            "lang": localization.language,
            "title": title ?? config.title,
            "documentTitle": title.map { "\($0) — \(config.title)" } ?? config.title,
            "description": description,
            "canonicalURL": absolute(path.canonical),
            "isHome": kind == "home",
            "meLinks": siteMeLinks(),
            "feeds": feedLinks([.site]),
        ]
        return values.merging(metaTags(siteCard(title: title ?? config.title, description: description, path: path))) { _, new in new }
    }

    /// A description for meta tags: the summary, else the excerpt's text, cut at a word near 160 characters.
    func description(of entry: Entry) -> String {
        if let summary = entry.summary { return summary }
        let text = entry.body.excerptText
        guard text.count > 160 else { return text }
        let cut = text.prefix(160)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }
}

import CMBlogComments
import CMBlogContent
import CMBlogCore
import CMBlogFeeds
import Foundation

/// What goes in a page's `<head>` besides its title: who wrote it, the profiles that are the
/// same person or brand (`rel="me"`), and schema.org data.
extension ViewContext {
    /// `<link rel="alternate">` for the feeds of `scopes`, each in the formats it is written in.
    func feedLinks(_ scopes: [SiteFeeds.Scope]) -> [[String: String]] {
        let feeds = SiteFeeds(site: site)
        return scopes.flatMap { scope in
            let name = switch scope {
            case .site: config.title
            case .author(let author): author.name
            case .term(let term): term.name
            }
            return feeds.formats(of: scope).map { format in
                ["type": format.mediaType, "title": "\(name) (\(format.label))", "url": absolute(feeds.path(of: scope, format: format))]
            }
        }
    }

    /// The brand's own profiles, on every page.
    func siteMeLinks() -> [String] { config.social.map(\.url) }

    /// The head of a post or page: authors, fediverse creators and a `BlogPosting`.
    func entryHead(_ resolved: ResolvedEntry) -> [String: Any] {
        let entry = resolved.entry
        let authors = entry.authorIDs.compactMap { site.authors[$0] }
        let card = entryCard(resolved)
        var posting: [String: Any?] = [
            "@context": "https://schema.org",
            "@type": entry.kind == .post ? "BlogPosting" : "WebPage",
            "headline": entry.title,
            "url": absolute(resolved.url),
            "mainEntityOfPage": absolute(resolved.url),
            "inLanguage": site.language(of: resolved),
            "description": description(of: entry),
            "datePublished": entry.date.map(dateISO),
            "dateModified": (entry.updated ?? entry.date).map(dateISO),
            "image": card.image?.url,
            "keywords": entry.tags.isEmpty ? nil : entry.tags.joined(separator: ", "),
            "author": authors.isEmpty ? nil : authors.map(person),
            "publisher": publisher(),
        ]
        if entry.kind == .page { posting["author"] = nil }
        posting.merge(commentsJSONLD(resolved)) { _, new in new }
        var feeds = feedLinks([.site])
        if let url = commentFeedURL(resolved) {
            feeds.append(["type": FeedFormat.atom.mediaType, "title": localization.text("comments_feed_title", ["title": entry.title]), "url": url])
        }
        var trail = [(name: config.title, path: SitePath.root)]
        if let category = resolved.categoryTerms.first, entry.kind == .post { trail.append((category.name, category.url)) }
        trail.append((entry.title, resolved.url))
        let head: [String: Any] = [
            "feeds": feeds,
            "authorNames": authorNames(entry.authorIDs),
            "authorLinks": authors.map { absolute(site.authorPath($0.id)) },
            "fediverseCreators": authors.compactMap(\.fediverse),
            "jsonLD": [JSONLD.text(posting.compacted), JSONLD.text(breadcrumbs(trail))],
        ]
        return head.filter { _, value in (value as? [String])?.isEmpty != true && (value as? String)?.isEmpty != true }
            .merging(metaTags(card)) { _, new in new }
    }

    /// The head of an author's page: their feeds, their profiles as `rel="me"`, their card and a
    /// `ProfilePage` about them.
    func authorHead(_ author: Author, title: String, description: String) -> [String: Any] {
        let trail = [(name: config.title, path: SitePath.root),
                     (localization.text("authors_title"), SitePath.root.appending(folder: config.paths.authors)),
                     (author.name, site.authorPath(author.id))]
        let head: [String: Any] = [
            "feeds": feedLinks([.site, .author(author)]),
            "meLinks": siteMeLinks() + author.links.map(\.url),
            "jsonLD": [JSONLD.text(["@context": "https://schema.org", "@type": "ProfilePage", "mainEntity": person(author)]),
                       JSONLD.text(breadcrumbs(trail))],
        ]
        return head.merging(metaTags(authorCard(author, title: title, description: description))) { _, new in new }
    }

    /// An absolute URL for a file link (`/images/a.jpg` → `https://site/images/a.jpg`).
    func absoluteFileURL(_ raw: String) -> String { config.absoluteURL(ofFile: raw) }
}

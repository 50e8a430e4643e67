import CMBlogComments
import CMBlogContent
import CMBlogCore
import CMBlogFeeds
import Foundation

/// What goes in a page's `<head>` besides its title: who wrote it, the profiles that are the
/// same person or brand (`rel="me"`), and schema.org data.
extension ViewContext {
    /// `<link rel="alternate">` for the feeds of `scopes`, each in its three formats.
    func feedLinks(_ scopes: [SiteFeeds.Scope]) -> [[String: String]] {
        let feeds = SiteFeeds(site: site)
        return scopes.flatMap { scope in
            let name = switch scope {
            case .site: config.title
            case .author(let author): author.name
            case .term(let term): term.name
            }
            return FeedFormat.allCases.map { format in
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
            "image": (entry.image ?? config.image).map { absoluteFileURL($0) },
            "keywords": entry.tags.isEmpty ? nil : entry.tags.joined(separator: ", "),
            "author": authors.isEmpty ? nil : authors.map(person),
            "publisher": ["@type": "Organization", "name": config.title, "url": absolute(.root)],
        ]
        if entry.kind == .page { posting["author"] = nil }
        posting.merge(commentsJSONLD(resolved)) { _, new in new }
        var feeds = feedLinks([.site])
        if let url = commentFeedURL(resolved) {
            feeds.append(["type": FeedFormat.atom.mediaType, "title": localization.text("comments_feed_title", ["title": entry.title]), "url": url])
        }
        return [
            "feeds": feeds,
            "authorNames": authorNames(entry.authorIDs),
            "authorLinks": authors.map { absolute(site.authorPath($0.id)) },
            "fediverseCreators": authors.compactMap(\.fediverse),
            "jsonLD": JSONLD.text(posting.compacted),
        ].filter { key, value in (value as? [String])?.isEmpty != true && (value as? String)?.isEmpty != true }
    }

    /// The head of an author's page: their profiles as `rel="me"` and a `ProfilePage` about them.
    func authorHead(_ author: Author) -> [String: Any] {
        var profile = person(author)
        profile["@context"] = "https://schema.org"
        return [
            "meLinks": siteMeLinks() + author.links.map(\.url),
            "jsonLD": JSONLD.text(["@context": "https://schema.org", "@type": "ProfilePage", "mainEntity": profile]),
        ]
    }

    /// An author as a schema.org `Person`.
    func person(_ author: Author) -> [String: Any] {
        let values: [String: Any?] = [
            "@type": "Person",
            "name": author.name,
            "url": absolute(site.authorPath(author.id)),
            "image": absoluteFileURL(avatarLink(author)),
            "jobTitle": author.role,
            "sameAs": author.links.isEmpty ? nil : author.links.map(\.url),
        ]
        return values.compacted
    }

    /// An absolute URL for a file link (`/images/a.jpg` → `https://site/images/a.jpg`).
    func absoluteFileURL(_ raw: String) -> String { config.absoluteURL(ofFile: raw) }
}

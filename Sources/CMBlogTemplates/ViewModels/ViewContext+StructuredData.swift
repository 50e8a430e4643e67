import CMBlogContent
import CMBlogCore
import Foundation

/// schema.org values shared by the JSON-LD of several pages.
extension ViewContext {
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

    /// The brand as the `Organization` that publishes every post, with its logo.
    func publisher() -> [String: Any] {
        var organization: [String: Any] = ["@type": "Organization", "name": config.title, "url": absolute(.root)]
        if let logo = shareImage(config.logo ?? config.image, alt: nil) {
            let values: [String: Any?] = ["@type": "ImageObject", "url": logo.url, "width": logo.size?.width, "height": logo.size?.height]
            organization["logo"] = values.compacted
        }
        if !config.social.isEmpty { organization["sameAs"] = config.social.map(\.url) }
        return organization
    }

    /// A `BreadcrumbList` of the pages from the home page down to this one.
    func breadcrumbs(_ trail: [(name: String, path: SitePath)]) -> [String: Any] {
        [
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": trail.enumerated().map { index, step in
                ["@type": "ListItem", "position": index + 1, "name": step.name, "item": absolute(step.path)] as [String: Any]
            },
        ]
    }
}

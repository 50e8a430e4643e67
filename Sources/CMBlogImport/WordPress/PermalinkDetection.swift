import CMBlogContent
import CMBlogCore
import Foundation

/// Finds the permalink pattern a WordPress site used, from the links of its posts.
enum PermalinkDetection {
    /// Patterns WordPress sites commonly use, most specific first.
    static let candidates = [
        "/:year/:month/:day/:slug/", "/:year/:month/:slug/", "/:year/:slug/", "/:category/:slug/", "/archives/:id/", "/:slug/",
    ]

    /// The candidate that gives the old path of the most posts; nil when none fits any.
    static func pattern(for posts: [(oldPath: String, slug: String, date: Date?, id: String, category: String?)], config: SiteConfig) -> String? {
        var best: (pattern: String, count: Int)?
        for pattern in candidates {
            let count = posts.filter { post in
                let path = PermalinkPattern.expand(pattern, slug: post.slug, date: post.date, legacyID: post.id, category: post.category, folderPath: "", config: config)
                return path == post.oldPath
            }.count
            if count > 0, count > (best?.count ?? 0) { best = (pattern, count) }
        }
        return best?.pattern
    }
}

import Foundation
import CMBlogCore

/// A category or a tag, with the posts filed under it.
public struct Term: Sendable, Hashable, Codable {
    /// The two taxonomies of a blog.
    public enum Taxonomy: String, Sendable, Hashable, CaseIterable, Codable {
        case category
        case tag
    }

    /// More categories, or more tags, than this on one post is a warning: each makes a page
    /// and feeds of its own, which all carry the post, so feeds list only this many of a
    /// post's categories and tags (its own page shows them all).
    public static let perPostLimit = 100

    public var taxonomy: Taxonomy
    /// The name as first written.
    public var name: String
    /// The URL segment: "Réseaux sociaux" gives `reseaux-sociaux`.
    public var slug: String
    /// The term's page.
    public var url: SitePath
    /// Indexes into `Site.posts`, newest first.
    public var postIndexes: [Int]
    /// The category this one is filed in (`categories.yml`); nil at the top, and for tags.
    public var parent: TermLink?
    /// The categories filed in this one, sorted by slug.
    public var children: [TermLink] = []
    /// The language whose posts it lists (the site's on a one-language site).
    public var language: String = ""
    /// What the term shares with its versions in other languages: the slug of the name posts
    /// write (`atelier` for a category named "Workshop" in English through `categories.yml`).
    public var key: String = ""
}

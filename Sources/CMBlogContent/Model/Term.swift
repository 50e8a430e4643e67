import Foundation
import CMBlogCore

/// A category or a tag, with the posts filed under it.
public struct Term: Sendable, Equatable {
    /// The two taxonomies of a blog.
    public enum Taxonomy: String, Sendable, Equatable, CaseIterable {
        case category
        case tag
    }

    public var taxonomy: Taxonomy
    /// The name as first written.
    public var name: String
    /// The URL segment: "Réseaux sociaux" gives `reseaux-sociaux`.
    public var slug: String
    /// The term's page.
    public var url: SitePath
    /// Indexes into `Site.posts`, newest first.
    public var postIndexes: [Int]
}

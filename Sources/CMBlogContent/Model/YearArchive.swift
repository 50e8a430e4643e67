import Foundation
import CMBlogCore

/// The posts of one year, for `/archives/:year/`.
public struct YearArchive: Sendable, Hashable, Codable {
    public var year: Int
    public var url: SitePath
    /// Indexes into `Site.posts`, newest first.
    public var postIndexes: [Int]
    /// The language whose posts it lists (the site's on a one-language site).
    public var language: String
}

import CMBlogCore
import Foundation

/// A published post as syndication sees it: what its copies say and where they point.
public struct SyndicationPost: Sendable, Equatable {
    /// The post's file, relative to the repository (`content/posts/…`).
    public let sourcePath: String
    public let slug: String
    public let title: String
    /// The summary, else the opening of the post, as plain text.
    public let summary: String
    /// The post's canonical URL.
    public let url: String
    public let tags: [String]
    public let language: String
    public let date: Date?
    /// The copies already made (`syndication:`).
    public let syndication: [String]
    /// The cover image, else the site's: its repository path when the file is the site's own,
    /// for the link card's thumbnail.
    public let imagePath: String?

    public init(
        sourcePath: String, slug: String, title: String, summary: String, url: String, tags: [String], language: String,
        date: Date?, syndication: [String] = [], imagePath: String? = nil
    ) {
        self.sourcePath = sourcePath
        self.slug = slug
        self.title = title
        self.summary = summary
        self.url = url
        self.tags = tags
        self.language = language
        self.date = date
        self.syndication = syndication
        self.imagePath = imagePath
    }
}

/// The text written for one network, with its length as that network counts it.
public struct SocialCopy: Sendable, Equatable {
    public let network: SocialNetwork
    public let text: String
    /// The post's URL, as it stands in `text`.
    public let url: String
    /// The hashtags that stand in `text`, with their `#`.
    public let hashtags: [String]
    public let length: TextLength
    public let limit: Int

    /// Whether the network accepts the text.
    public var fits: Bool { length.fits(limit: limit, network: network) }
}

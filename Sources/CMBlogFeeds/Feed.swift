import CMBlogCore
import Foundation

/// A feed, independent of its format: what Atom, RSS and JSON Feed each write their own way.
public struct Feed: Sendable {
    public var title: String
    public var subtitle: String
    /// The page the feed follows (home, author, category or tag page), absolute.
    public var homeURL: String
    /// The absolute URL of each format of this feed.
    public var selfURLs: [FeedFormat: String]
    public var language: String
    public var iconURL: String?
    /// The newest date of its items.
    public var updated: Date?
    public var hubURL: String?
    public var timeZone: TimeZone
    public var items: [FeedItem]
}

/// One post in a feed.
public struct FeedItem: Sendable {
    /// The stable id: the post's `guid:` when it has one, else its permalink.
    public var id: String
    public var url: String
    public var title: String
    /// The item's HTML, every URL absolute: the whole post, or its excerpt with a link to
    /// the rest, as `content` says.
    public var contentHTML: String { didSet { (contentXML, contentJSON) = Self.escaped(contentHTML) } }
    /// `contentHTML` escaped as XML text, made once for every feed and format that carries the item.
    public private(set) var contentXML: String
    /// `contentHTML` escaped for a JSON string, likewise.
    public private(set) var contentJSON: String
    /// Whether `contentHTML` is the whole post or its excerpt: Atom writes an excerpt as the
    /// entry's `summary` and RSS as the item's `description`, with no full content beside it.
    public var content: FeedContent
    /// A sentence or two of plain text: the front matter's `summary:`, else the excerpt's text.
    public var summary: String
    public var published: Date?
    public var updated: Date?
    public var authors: [FeedPerson]
    public var categories: [String]
    /// The cover image, absolute.
    public var imageURL: String?
    public var language: String

    public init(
        id: String, url: String, title: String, contentHTML: String, content: FeedContent, summary: String,
        published: Date?, updated: Date?, authors: [FeedPerson], categories: [String], imageURL: String?, language: String
    ) {
        (self.id, self.url, self.title, self.contentHTML, self.content) = (id, url, title, contentHTML, content)
        (contentXML, contentJSON) = Self.escaped(contentHTML)
        (self.summary, self.published, self.updated) = (summary, published, updated)
        (self.authors, self.categories, self.imageURL, self.language) = (authors, categories, imageURL, language)
    }

    private static func escaped(_ html: String) -> (xml: String, json: String) { (XMLText.escape(html), JSONString.escape(html)) }
}

/// An author as feeds name them.
public struct FeedPerson: Sendable {
    public var name: String
    /// Their page; a commenter may have none.
    public var url: String?
    public var avatarURL: String?
}

extension FeedFormat {
    /// The feed's text.
    public func write(_ feed: Feed) -> String {
        switch self {
        case .atom: AtomWriter.write(feed)
        case .rss: RSSWriter.write(feed)
        case .json: JSONFeedWriter.write(feed)
        }
    }
}

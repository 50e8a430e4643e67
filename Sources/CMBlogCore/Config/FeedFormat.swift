/// The three feed formats, with where each is published.
public enum FeedFormat: String, Sendable, CaseIterable, Hashable, Codable {
    case atom, rss, json

    /// The file name beside the page the feed follows.
    public var fileName: String {
        switch self {
        case .atom: "feed.xml"
        case .rss: "rss.xml"
        case .json: "feed.json"
        }
    }

    /// The media type, for `<link rel="alternate">`.
    public var mediaType: String {
        switch self {
        case .atom: "application/atom+xml"
        case .rss: "application/rss+xml"
        case .json: "application/feed+json"
        }
    }

    /// The format's name, for readers choosing a feed.
    public var label: String {
        switch self {
        case .atom: "Atom"
        case .rss: "RSS"
        case .json: "JSON Feed"
        }
    }
}

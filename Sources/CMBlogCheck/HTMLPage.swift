/// What one HTML page of the built site says about itself, read in one pass of
/// `HTMLTokenizer`: its metadata, ids, links and identity claims, and the problems of its
/// markup found on the way (each with its byte offset and, where it helps, the text to look for
/// in the page's source file).
public struct HTMLPage: Sendable {
    /// A URL the page names, with where.
    public struct Reference: Sendable, Equatable {
        public let url: String
        public let offset: Int
        /// The element and attribute it came from (`a href`).
        public let source: String
    }

    /// A problem of the page's own markup or metadata.
    public struct Problem: Sendable {
        public let rule: String
        public let isError: Bool
        public let message: String
        public let offset: Int
        /// Text that shows where the problem is in the source file (a tag, a URL).
        public let needle: String?
    }

    /// A `hreflang` alternate.
    public struct Alternate: Sendable, Equatable {
        public let language: String
        public let url: String
        public let offset: Int
    }

    /// The `source` of a theme's share link (`<a class="share-…">`).
    public static let shareLink = "a share"

    public internal(set) var lang: String?
    public internal(set) var titleCount = 0
    public internal(set) var canonical: String?
    public internal(set) var ogURL: String?
    public internal(set) var ogImage: Reference?
    public internal(set) var hasDescription = false
    public internal(set) var hasViewport = false
    /// The target of `<meta http-equiv="refresh">`, for redirect pages.
    public internal(set) var refreshTarget: String?
    public internal(set) var fediverseCreators: [Reference] = []
    public internal(set) var relMe: [Reference] = []
    public internal(set) var alternates: [Alternate] = []
    public internal(set) var ids: Set<String> = []
    public internal(set) var links: [Reference] = []
    public internal(set) var problems: [Problem] = []

    /// Reads a page.
    public init(bytes: [UInt8]) {
        var reader = HTMLPageReader()
        HTMLTokenizer(bytes).forEach { reader.read($0, into: &self) }
        reader.finish(into: &self)
    }
}

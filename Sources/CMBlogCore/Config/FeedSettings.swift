/// Which feeds the site writes and what their items carry (`feeds:` in `cmblog.yml`).
///
/// By default every scope has all three formats, so no feed address of an earlier build goes
/// away; the site's feed carries whole posts, and the author, category and tag feeds, which
/// repeat the same posts many times over, carry each post's excerpt with a link to the rest.
public struct FeedSettings: Sendable, Equatable {
    /// A group of feeds, by its key under `feeds:`.
    public enum Scope: String, Sendable, CaseIterable {
        case site, authors, categories, tags
    }

    /// The feeds of one scope.
    public struct ScopeSettings: Sendable, Hashable, Codable {
        /// The formats written, in the order pages offer them; none writes no feed.
        public var formats: [FeedFormat]
        /// What each item carries.
        public var content: FeedContent

        public init(formats: [FeedFormat] = FeedFormat.allCases, content: FeedContent) {
            self.formats = formats
            self.content = content
        }
    }

    /// Posts per feed (`items:`); 0 puts every post in.
    public var items = 20
    public var site = ScopeSettings(content: .full)
    public var authors = ScopeSettings(content: .summary)
    public var categories = ScopeSettings(content: .summary)
    public var tags = ScopeSettings(content: .summary)
    /// Whether each conversation, and the site's recent comments, get an Atom feed
    /// (`comments: {formats: [atom]}`, the default, or `formats: []`).
    public var commentFeeds = true

    public init() {}

    /// The settings of `scope`.
    public subscript(scope: Scope) -> ScopeSettings {
        get {
            switch scope {
            case .site: site
            case .authors: authors
            case .categories: categories
            case .tags: tags
            }
        }
        set {
            switch scope {
            case .site: site = newValue
            case .authors: authors = newValue
            case .categories: categories = newValue
            case .tags: tags = newValue
            }
        }
    }
}

/// What a feed's items carry (`content:` under a scope of `feeds:`).
public enum FeedContent: String, Sendable, CaseIterable, Hashable, Codable {
    /// The whole post.
    case full
    /// The post's excerpt, with a link to read the rest on the site.
    case summary
}

import CMBlogCore

/// What a generated share card shows, worked out before it is drawn: the title already broken
/// into lines (SVG text does not wrap), pictures already embedded as `data:` URLs.
public struct ShareCardContent: Sendable {
    /// An author on the card.
    public struct Person: Sendable {
        public var name: String
        /// A `data:` URL of a small PNG of their photo; nil when they have none.
        public var picture: String?

        public init(name: String, picture: String?) {
            self.name = name
            self.picture = picture
        }
    }

    public var title: String
    public var titleLines: [String]
    /// The title's font size in pixels, which the lines were measured at.
    public var fontSize: Int
    public var authors: [Person]
    public var siteName: String
    /// A `data:` URL of the site's logo; nil when it has none.
    public var logo: String?
    /// The site's `accent:`; the theme's when nil.
    public var accent: String?
    /// The entry's language (its `lang:`, else the site's).
    public var language: String

    public init(title: String, titleLines: [String], fontSize: Int, authors: [Person], siteName: String, logo: String?, accent: String?, language: String) {
        self.title = title
        self.titleLines = titleLines
        self.fontSize = fontSize
        self.authors = authors
        self.siteName = siteName
        self.logo = logo
        self.accent = accent
        self.language = language
    }
}

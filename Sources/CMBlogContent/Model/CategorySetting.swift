import CMBlogCore

/// What `categories.yml` says of one category: the category it is filed in.
public struct CategorySetting: Sendable, Equatable {
    /// How many levels a category tree may have: a category inside 7 others is the deepest.
    public static let maxDepth = 8

    /// The category, named as posts name it in `categories:`.
    public let name: String
    /// The category it is filed in, by name; nil at the top of the tree.
    public let parent: String?
    /// The line that names the category.
    public let location: SourceLocation
    /// The line of its `parent:`, when it has one.
    public let parentLocation: SourceLocation?

    public init(name: String, parent: String?, location: SourceLocation, parentLocation: SourceLocation? = nil) {
        self.name = name
        self.parent = parent
        self.location = location
        self.parentLocation = parentLocation
    }
}

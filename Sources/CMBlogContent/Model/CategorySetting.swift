import CMBlogCore

/// What `categories.yml` says of one category: the category it is filed in, and its name in
/// other languages.
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
    /// Its name in other languages of the site (`names: { en: Workshop }`), by language, each
    /// with its line.
    public let names: [String: (name: String, location: SourceLocation)]

    public init(name: String, parent: String?, location: SourceLocation, parentLocation: SourceLocation? = nil,
                names: [String: (name: String, location: SourceLocation)] = [:]) {
        self.name = name
        self.parent = parent
        self.location = location
        self.parentLocation = parentLocation
        self.names = names
    }

    public static func == (lhs: CategorySetting, rhs: CategorySetting) -> Bool {
        (lhs.name, lhs.parent, lhs.location, lhs.parentLocation) == (rhs.name, rhs.parent, rhs.location, rhs.parentLocation)
            && lhs.names.mapValues(\.name) == rhs.names.mapValues(\.name)
    }
}

/// How a set of published files differs from what a manifest lists.
public struct ManifestComparison: Sendable, Equatable {
    /// Listed files whose bytes differ (hash or size), sorted.
    public var changed: [String] = []
    /// Listed files that are not there, sorted.
    public var missing: [String] = []
    /// Files that are there but not listed, sorted; nil when they cannot be known (a site read
    /// over HTTP cannot be listed).
    public var added: [String]? = []
    /// Listed files that could not be read, with why.
    public var unreadable: [String: String] = [:]
    /// How many listed files match.
    public var matching = 0

    public init() {}

    /// Whether every listed file matched and nothing was added.
    public var isClean: Bool {
        changed.isEmpty && missing.isEmpty && (added ?? []).isEmpty && unreadable.isEmpty
    }
}

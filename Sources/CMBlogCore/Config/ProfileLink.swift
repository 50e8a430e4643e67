/// A labelled link to a profile or website (`mastodon: https://…`), as the site's `social:`
/// and an author's `links:` list them; pages link them with `rel="me"`.
public struct ProfileLink: Sendable, Hashable, Codable {
    /// The label as written: `website`, `mastodon`, `bluesky`, …
    public var name: String
    public var url: String

    public init(name: String, url: String) {
        self.name = name
        self.url = url
    }

    /// The label for readers: `Mastodon`, `LinkedIn`, `GitHub`, or the name capitalized.
    public var label: String {
        let known = ["linkedin": "LinkedIn", "github": "GitHub", "gitlab": "GitLab", "youtube": "YouTube", "pixelfed": "Pixelfed"]
        return known[name.lowercased()] ?? name.prefix(1).uppercased() + name.dropFirst()
    }

    /// Reads a mapping of labels to addresses; every value must be an http(s) or mailto address.
    public static func list(from value: YAMLValue, key: String, path: String) -> ([ProfileLink], [Diagnostic]) {
        guard let entries = value.entries else {
            return ([], [.error("`\(key)` must be a mapping such as `mastodon: https://…`", path: path, line: value.line, column: value.column)])
        }
        var diagnostics: [Diagnostic] = []
        let links = entries.compactMap { entry -> ProfileLink? in
            guard let url = entry.value.string, ["https://", "http://", "mailto:"].contains(where: url.hasPrefix) else {
                diagnostics.append(.error("`\(entry.key)` must be an address starting with https://", path: path, line: entry.value.line, column: entry.value.column))
                return nil
            }
            return ProfileLink(name: entry.key, url: url)
        }
        return (links, diagnostics)
    }
}

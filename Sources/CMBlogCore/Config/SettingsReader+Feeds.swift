/// Reading `feeds:`.
extension SettingsReader {
    /// The keys `feeds:` understands.
    static let feedKeys = ["items"] + FeedSettings.Scope.allCases.map(\.rawValue) + ["comments"]

    /// The `feeds:` mapping: `items`, the formats and content of each scope, and `comments`.
    mutating func feeds(_ value: YAMLValue) -> FeedSettings {
        var settings = FeedSettings()
        guard let entries = value.entries else {
            fail(value, "`feeds` must be a mapping such as `items: 20` or `tags: {formats: [atom], content: summary}`")
            return settings
        }
        for entry in entries {
            if entry.key == "items" {
                if let count = entry.value.int, count >= 0 { settings.items = count }
                else { fail(entry.value, "`items` must be a whole number (0 puts every post in the feeds)") }
            } else if entry.key == "comments" {
                settings.commentFeeds = commentFeeds(entry.value) ?? settings.commentFeeds
            } else if let scope = FeedSettings.Scope(rawValue: entry.key) {
                settings[scope] = scopeFeeds(entry.value, scope: scope, defaults: settings[scope])
            } else {
                unknown(entry, of: "feeds", known: Self.feedKeys)
            }
        }
        return settings
    }

    /// `site:`, `authors:`, `categories:` or `tags:`: the keys written replace the defaults.
    private mutating func scopeFeeds(
        _ value: YAMLValue, scope: FeedSettings.Scope, defaults: FeedSettings.ScopeSettings
    ) -> FeedSettings.ScopeSettings {
        var settings = defaults
        guard let entries = value.entries else {
            fail(value, "`\(scope.rawValue)` under `feeds` must be a mapping such as `{formats: [atom, rss, json], content: summary}`")
            return settings
        }
        for entry in entries {
            switch entry.key {
            case "formats": settings.formats = feedFormats(entry.value) ?? settings.formats
            case "content":
                guard let content = entry.value.string.flatMap(FeedContent.init(rawValue:)) else {
                    let shown = entry.value.string.map { "`\($0)`" } ?? "a \(entry.value.shapeName)"
                    fail(entry.value, "`content` must be `full` (whole posts) or `summary` (each post's excerpt with a link to the rest), not \(shown)")
                    continue
                }
                settings.content = content
            default: unknown(entry, of: "feeds: \(scope.rawValue)", known: ["formats", "content"])
            }
        }
        return settings
    }

    /// `comments: {formats: [atom]}` or `formats: []`: whether comment feeds are written.
    private mutating func commentFeeds(_ value: YAMLValue) -> Bool? {
        guard let entries = value.entries else {
            fail(value, "`comments` under `feeds` must be a mapping: `{formats: [atom]}`, or `{formats: []}` for no comment feeds")
            return nil
        }
        var written: Bool?
        for entry in entries {
            guard entry.key == "formats" else {
                unknown(entry, of: "feeds: comments", known: ["formats"])
                continue
            }
            guard let formats = feedFormats(entry.value) else { continue }
            if formats.contains(where: { $0 != .atom }) {
                fail(entry.value, "comment feeds are written in Atom only: use `formats: [atom]`, or `formats: []` for none")
                continue
            }
            written = !formats.isEmpty
        }
        return written
    }

    /// A list of feed formats, each kept once, in the order written; a single name is a
    /// list of one. Nil when the value is no such list.
    private mutating func feedFormats(_ value: YAMLValue) -> [FeedFormat]? {
        let names = FeedFormat.allCases.map(\.rawValue)
        let shape = "`formats` must be a list such as [\(names.joined(separator: ", "))], or [] for no feeds"
        guard let items = value.sequence ?? value.string.map({ _ in [value] }) else {
            fail(value, shape)
            return nil
        }
        var formats: [FeedFormat] = []
        var valid = true
        for item in items {
            guard let name = item.string else {
                fail(item, shape)
                valid = false
                continue
            }
            guard let format = FeedFormat(rawValue: name.lowercased()) else {
                let hint = Suggestion.closest(to: name, among: names).map { "did you mean `\($0)`? " } ?? ""
                fail(item, "unknown feed format `\(name)`; \(hint)known: \(names.joined(separator: ", "))")
                valid = false
                continue
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return valid ? formats : nil
    }

    /// An error at an unknown key of a mapping of settings, with a suggestion.
    private mutating func unknown(_ entry: YAMLEntry, of owner: String, known: [String]) {
        let hint = Suggestion.closest(to: entry.key, among: known).map { "did you mean `\($0)`? " } ?? ""
        diagnostics.append(.error(
            "unknown setting `\(entry.key)` in `\(owner)`; \(hint)known: \(known.joined(separator: ", "))",
            path: path, line: entry.keyLine, column: entry.keyColumn))
    }
}

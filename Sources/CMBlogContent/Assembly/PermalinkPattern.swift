import CMBlogCore
import Foundation

/// Expands URL patterns such as `/:year/:month/:slug/` for one entry.
///
/// Tokens: `:year`, `:month`, `:day` (in the site's time zone), `:slug`, `:title` (same as
/// `:slug`), `:id` (the previous platform's id, else the slug), `:category` (the first
/// category's slug, else `uncategorized`) and, for pages, `:path` (the folders under
/// `content/pages`, with a trailing `/`).
public enum PermalinkPattern {
    static func expand(_ pattern: String, for entry: Entry, config: SiteConfig) -> String {
        expand(pattern, slug: entry.slug, date: entry.date, legacyID: entry.legacyID, category: entry.categories.first,
               folderPath: folderPath(of: entry, config: config), config: config)
    }

    /// The URL path `pattern` gives an entry with these values.
    public static func expand(
        _ pattern: String, slug: String, date: Date?, legacyID: String?, category: String?, folderPath: String, config: SiteConfig
    ) -> String {
        let parts = date.map { DateFields($0, in: config.timeZone) }
        func value(of token: String) -> String? {
            switch token {
            case ":slug", ":title": slug
            case ":id": legacyID ?? slug
            case ":category": category.map { Slug.make(from: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "uncategorized"
            case ":path": folderPath
            case ":year": parts?.year.zeroPadded(4)
            case ":month": parts?.month.zeroPadded(2)
            case ":day": parts?.day.zeroPadded(2)
            default: nil
            }
        }
        // One pass, trying the tokens in order at each colon: values never hold a colon, so
        // this is the same as replacing each token in turn, without copying the string each time.
        var expanded = ""
        var rest = Substring(pattern)
        while let colon = rest.firstIndex(of: ":") {
            expanded += rest[..<colon]
            rest = rest[colon...]
            if let token = tokens.first(where: { rest.hasPrefix($0) }), let value = value(of: token) {
                expanded += value
                rest = rest.dropFirst(token.count)
            } else {
                expanded += ":"
                rest = rest.dropFirst()
            }
        }
        return expanded + rest
    }

    private static let tokens = [":slug", ":title", ":id", ":category", ":path", ":year", ":month", ":day"]

    /// The folders between `content/pages/` and the file: `legal/` for `content/pages/legal/notice.md`;
    /// a language folder (`content/pages/en/…`) is not one of them, the language's prefix says it.
    private static func folderPath(of entry: Entry, config: SiteConfig) -> String {
        let prefix = ContentLoader.Folder.pages + "/"
        guard entry.sourcePath.hasPrefix(prefix) else { return "" }
        var folders = entry.sourcePath.dropFirst(prefix.count).split(separator: "/").dropLast()
        if TranslationFileName.languageFolder(of: entry.sourcePath, config: config) != nil { folders = folders.dropFirst() }
        return folders.map { Slug.make(from: String($0)) }.map { $0 + "/" }.joined()
    }
}

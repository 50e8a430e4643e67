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
               folderPath: folderPath(of: entry), config: config)
    }

    /// The URL path `pattern` gives an entry with these values.
    public static func expand(
        _ pattern: String, slug: String, date: Date?, legacyID: String?, category: String?, folderPath: String, config: SiteConfig
    ) -> String {
        var values: [(String, String)] = [
            (":slug", slug), (":title", slug), (":id", legacyID ?? slug),
            (":category", category.map { Slug.make(from: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "uncategorized"),
            (":path", folderPath),
        ]
        if let date {
            let parts = Localization.calendar(in: config.timeZone).dateComponents([.year, .month, .day], from: date)
            values += [
                (":year", String(format: "%04d", parts.year ?? 0)),
                (":month", String(format: "%02d", parts.month ?? 0)),
                (":day", String(format: "%02d", parts.day ?? 0)),
            ]
        }
        var expanded = pattern
        for (token, value) in values {
            expanded = expanded.replacingOccurrences(of: token, with: value)
        }
        return expanded
    }

    /// The folders between `content/pages/` and the file: `legal/` for `content/pages/legal/notice.md`.
    private static func folderPath(of entry: Entry) -> String {
        let prefix = ContentLoader.Folder.pages + "/"
        guard entry.sourcePath.hasPrefix(prefix) else { return "" }
        let folders = entry.sourcePath.dropFirst(prefix.count).split(separator: "/").dropLast()
        return folders.map { Slug.make(from: String($0)) }.map { $0 + "/" }.joined()
    }
}

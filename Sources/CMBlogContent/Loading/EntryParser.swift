import CMBlogCore
import CMBlogMarkdown
import Foundation

/// Parses one Markdown file of `content/posts` or `content/pages` into an `Entry`.
///
/// Reads every key DESIGN.md lists, including those WordPress-to-Jekyll exporters write;
/// unknown keys (plugin leftovers such as `panels_data`) are kept out with a note.
struct EntryParser {
    let config: SiteConfig

    /// The keys a content file may set; any other is ignored with a `--verbose` note.
    static let knownKeys: Set<String> = [
        "title", "date", "updated", "last_modified_at", "modified", "author", "authors", "categories", "category",
        "tags", "summary", "excerpt", "description", "image", "permalink", "aliases", "redirect_from", "draft",
        "published", "lang", "image_alt", "comments", "syndication", "guid", "id", "layout", "slug", "password", "status",
        "pinned", "format", "translationKey",
    ]

    func parse(_ text: String, path: String, kind: Entry.Kind) -> (Entry?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let split = SplitSource(splitting: text)
        if text.allSatisfy(\.isWhitespace) {
            return (nil, [.error("the file is empty; a \(kind.rawValue) needs front matter with at least a title", path: path, line: 1, column: 1)])
        }
        if SplitSource.hasUnclosedFrontMatter(text) {
            return (nil, [.error("front matter opened with `---` is never closed by a `---` line", path: path, line: 1, column: 1)])
        }
        guard let yaml = split.frontMatter else {
            return (nil, [.error("missing front matter: start the file with a `---` line, then `title:`\(kind == .post ? ", `date:` and `author:`" : ""), then `---`", path: path, line: 1, column: 1)])
        }
        let root: YAMLValue
        do {
            root = try YAMLValue.parse(yaml, path: path, firstLine: split.frontMatterLine)
        } catch {
            return (nil, error.diagnostics)
        }
        guard let entries = root.entries else {
            return (nil, [.error("front matter must be a mapping of `key: value` lines", path: path, line: root.line, column: root.column)])
        }
        var reader = FrontMatterReader(path: path, config: config, root: root)
        let fields = reader.read(kind: kind)
        diagnostics += reader.diagnostics
        for entry in entries where !Self.knownKeys.contains(entry.key) {
            diagnostics.append(.note("front matter key `\(entry.key)` is not used by cmblog and was ignored", path: path, line: entry.keyLine, column: entry.keyColumn))
        }
        guard let title = fields.title, !diagnostics.containsError else { return (nil, diagnostics) }

        let named = TranslationFileName(path: path, config: config)
        let language = fields.language ?? named.language ?? config.language
        let isFrench = FrenchTypography.applies(toLanguage: language)
        let slug = fields.slug ?? Self.slug(fromFileName: named.sharedPath)
        let body = (path as NSString).pathExtension.lowercased() == "html"
            ? HTMLBodyRenderer.render(split.body)
            : MarkdownRenderer.render(split.body, options: MarkdownOptions(
                allowsRawHTML: true,
                frenchTypography: isFrench,
                footnoteScope: slug,
                headingSlug: { Slug.make(from: $0) }
            ))
        var entry = Entry(kind: kind, sourcePath: path, slug: slug, title: isFrench ? FrenchTypography.apply(to: title) : title, body: body)
        fields.apply(to: &entry)
        if config.isMultilingual {
            entry.language = fields.language ?? named.language
            entry.translationKey = fields.translationKey ?? named.sharedPath
        }
        if isFrench { entry.summary = entry.summary.map(FrenchTypography.apply) }
        entry.keyLines = Dictionary(entries.map { ($0.key, $0.keyLine) }, uniquingKeysWith: { first, _ in first })
        return (entry, diagnostics)
    }

    /// The slug of a file name: `2012-03-14-why-we-sign.md` gives `why-we-sign`.
    static func slug(fromFileName path: String) -> String {
        var stem = (path as NSString).lastPathComponent
        if let dot = stem.lastIndex(of: ".") { stem = String(stem[..<dot]) }
        let datePrefix = Array(stem.utf8.prefix(11))
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        if datePrefix.count == 11, datePrefix.enumerated().allSatisfy({ [4, 7, 10].contains($0.offset) ? $0.element == UInt8(ascii: "-") : isDigit($0.element) }) {
            stem = String(stem.dropFirst(11))
        }
        let slug = Slug.make(from: stem)
        return slug.isEmpty ? "untitled" : slug
    }
}

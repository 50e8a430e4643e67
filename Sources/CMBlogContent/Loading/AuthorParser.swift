import CMBlogCore
import CMBlogMarkdown
import Foundation

/// Parses `authors/<id>.yml` into an `Author`.
struct AuthorParser {
    let config: SiteConfig

    static let knownKeys: Set<String> = [
        "name", "role", "bio", "avatar", "links", "fediverse", "status", "joined", "left", "successor", "key", "email",
    ]

    func parse(_ text: String, path: String) -> (Author?, [Diagnostic]) {
        let root: YAMLValue
        do {
            root = try YAMLValue.parse(text, path: path)
        } catch {
            return (nil, error.diagnostics)
        }
        guard let entries = root.entries else {
            return (nil, [.error("an author file must be a mapping of `key: value` lines", path: path, line: root.line)])
        }
        var fields = YAMLFields(root, path: path)
        guard let name = fields.text("name"), !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            let line = root["name"]?.line ?? 1
            return (nil, fields.diagnostics.isEmpty ? [.error("missing `name`: the brand speaks through named people", path: path, line: line, column: 1)] : fields.diagnostics)
        }
        var diagnostics: [Diagnostic] = []
        func fail(_ value: YAMLValue, _ message: String) {
            diagnostics.append(.error(message, path: path, line: value.line, column: value.column))
        }
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var author = Author(id: id, name: name, sourcePath: path)
        author.role = fields.text("role")
        func biography(_ text: String, in language: String) -> String {
            MarkdownRenderer.render(text, options: MarkdownOptions(
                allowsRawHTML: false,
                frenchTypography: FrenchTypography.applies(toLanguage: language),
                footnoteScope: "author-\(id)",
                headingSlug: { Slug.make(from: $0) }
            )).html
        }
        if let translated = root["bio"]?.entries {
            // `bio: { fr: …, en: … }`: one biography per language of the site.
            for entry in translated {
                guard let text = entry.value.string else { fail(entry.value, "the \(entry.key) biography must be a text (Markdown)"); continue }
                author.translatedBioHTML[entry.key] = biography(text, in: entry.key)
            }
            author.bioHTML = author.translatedBioHTML[config.language] ?? translated.first.flatMap { author.translatedBioHTML[$0.key] } ?? ""
        } else if let bio = fields.text("bio") {
            author.bioHTML = biography(bio, in: config.language)
        }
        author.avatar = fields.text("avatar")
        if let links = root["links"], !links.isNull {
            let (parsed, problems) = ProfileLink.list(from: links, key: "links", path: path)
            author.links = parsed
            diagnostics += problems
        }
        author.fediverse = fields.text("fediverse")
        author.email = fields.text("email")
        if let status = root["status"] {
            if let value = status.string.flatMap(Author.Status.init(rawValue:)) { author.status = value }
            else { fail(status, "`status` must be active or former") }
        }
        for (key, keyPath) in [("joined", \Author.joined), ("left", \Author.left)] {
            guard let value = root[key], !value.isNull else { continue }
            if let date = value.string.flatMap({ ContentDate.parse($0, timeZone: config.timeZone) }) {
                author[keyPath: keyPath] = date
            } else {
                fail(value, "unrecognized date '\(value.string ?? "")' for `\(key)`; write 2012-03-14")
            }
        }
        author.successor = fields.text("successor")
        author.key = fields.text("key")
        diagnostics += fields.diagnostics
        author.keyLines = Dictionary(entries.map { ($0.key, $0.keyLine) }, uniquingKeysWith: { first, _ in first })
        if let handle = author.fediverse, !Self.isFediverseHandle(handle), let value = root["fediverse"] {
            fail(value, "`fediverse` must be a handle such as @name@mastodon.example")
        }
        for entry in entries where !Self.knownKeys.contains(entry.key) {
            diagnostics.append(.note("author key `\(entry.key)` is not used by cmblog and was ignored", path: path, line: entry.keyLine, column: entry.keyColumn))
        }
        return (diagnostics.containsError ? nil : author, diagnostics)
    }

    /// `@user@instance.tld`.
    static func isFediverseHandle(_ handle: String) -> Bool {
        let parts = handle.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0].isEmpty && !parts[1].isEmpty && parts[2].contains(".")
            && !handle.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" })
    }
}

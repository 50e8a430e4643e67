import CMBlogCore
import Foundation

/// The typed values of one file's front matter.
struct FrontMatterFields {
    var title: String?
    var date: Date?
    var updated: Date?
    var authorIDs: [String] = []
    var categories: [String] = []
    var tags: [String] = []
    var summary: String?
    var image: String?
    var imageAlt: String?
    var permalink: SitePath?
    var aliases: [SitePath] = []
    var isDraft = false
    var withheldReason: String?
    var language: String?
    var isPinned = false
    var format: String?
    var comments: Entry.CommentsMode?
    var syndication: [String] = []
    var guid: String?
    var legacyID: String?
    var slug: String?
    var translationKey: String?

    func apply(to entry: inout Entry) {
        entry.date = date
        entry.updated = updated
        entry.authorIDs = authorIDs
        entry.categories = categories
        entry.tags = tags
        entry.summary = summary
        entry.image = image
        entry.imageAlt = imageAlt
        entry.permalinkOverride = permalink
        entry.aliases = aliases
        entry.isDraft = isDraft
        entry.withheldReason = withheldReason
        entry.language = language
        entry.isPinned = isPinned
        entry.format = format
        entry.comments = comments
        entry.syndication = syndication
        entry.guid = guid
        entry.legacyID = legacyID
    }
}

/// Reads front matter keys into `FrontMatterFields`, collecting a diagnostic for each bad value.
struct FrontMatterReader {
    let path: String
    let config: SiteConfig
    let root: YAMLValue
    var diagnostics: [Diagnostic] = []

    init(path: String, config: SiteConfig, root: YAMLValue) {
        self.path = path
        self.config = config
        self.root = root
    }

    mutating func read(kind: Entry.Kind) -> FrontMatterFields {
        var fields = FrontMatterFields()
        if root["title"]?.isNull ?? true { missing("title") } else { fields.title = text("title") }
        if let value = root["date"] { fields.date = date(value) } else if kind == .post { missing("date") }
        if let value = root["updated"] ?? root["last_modified_at"] ?? root["modified"] { fields.updated = date(value) }
        fields.authorIDs = (root["authors"] ?? root["author"]).map { list($0) } ?? []
        if kind == .post && fields.authorIDs.isEmpty { missing("author") }
        fields.categories = (root["categories"] ?? root["category"]).map { list($0) } ?? []
        fields.tags = root["tags"].map { list($0) } ?? []
        fields.summary = text("summary") ?? text("excerpt") ?? text("description")
        fields.image = imagePath()
        fields.imageAlt = text("image_alt") ?? root["image"]?["alt"]?.string
        if let value = root["permalink"] { fields.permalink = sitePath(value, what: "permalink") }
        fields.aliases = aliasPaths(root["aliases"]) + aliasPaths(root["redirect_from"])
        fields.isDraft = flag("draft") == true || flag("published") == false
        readVisibility(into: &fields)
        fields.language = text("lang")
        fields.isPinned = flag("pinned") == true
        fields.format = postFormat()
        fields.comments = commentsMode()
        fields.syndication = root["syndication"].map { syndicationLinks($0) } ?? []
        fields.guid = text("guid")
        fields.legacyID = text("id")
        if let value = root["slug"] { fields.slug = slug(value) }
        fields.translationKey = text("translationKey")
        return fields
    }

    /// `password:` (any non-empty value) and `status:` as WordPress and its Jekyll exporters
    /// write them: a protected or private entry is withheld, a draft or pending one is a draft.
    private mutating func readVisibility(into fields: inout FrontMatterFields) {
        if let password = root["password"], !password.isNull, password.string != "" {
            fields.withheldReason = "it is protected by a password (`password:`)"
        }
        switch text("status")?.lowercased() {
        case nil, "publish", "published", "future", "inherit": break
        case "private": fields.withheldReason = fields.withheldReason ?? "it is private (`status: private`)"
        case "draft", "pending", "auto-draft": fields.isDraft = true
        case "trash": fields.withheldReason = fields.withheldReason ?? "it was deleted (`status: trash`)"
        default: fail(root["status"]!, "`status` must be publish, draft, pending, private or trash")
        }
        if let reason = fields.withheldReason, let place = root["password"] ?? root["status"] {
            diagnostics.append(.note("never published: \(reason)", path: path, line: place.line, column: place.column))
        }
    }

    // MARK: - Values

    private mutating func text(_ key: String) -> String? {
        var fields = YAMLFields(root, path: path)
        defer { diagnostics += fields.diagnostics }
        return fields.text(key)
    }

    private mutating func flag(_ key: String) -> Bool? {
        var fields = YAMLFields(root, path: path)
        defer { diagnostics += fields.diagnostics }
        return fields.flag(key)
    }

    private mutating func list(_ value: YAMLValue) -> [String] {
        if value.isNull { return [] }
        guard let items = value.strings else {
            fail(value, "expected a name or a list of names")
            return []
        }
        return items.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The `syndication:` list: absolute http(s) addresses only. A signature leaves the list
    /// out (it is filled in after publishing), so nothing else in it may reach a signed page.
    private mutating func syndicationLinks(_ value: YAMLValue) -> [String] {
        let links = list(value)
        for item in value.sequence ?? [value] {
            guard let link = item.string?.trimmingCharacters(in: .whitespaces), !link.isEmpty, !Self.isWebAddress(link) else { continue }
            fail(item, "`syndication` lists the addresses of a post's social copies: '\(link)' is not an http or https address")
        }
        return links.filter(Self.isWebAddress)
    }

    private static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), let url = URL(string: text), url.host?.isEmpty == false else { return false }
        return !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
    }

    private mutating func date(_ value: YAMLValue) -> Date? {
        guard let text = value.string, let date = ContentDate.parse(text, timeZone: config.timeZone) else {
            fail(value, "unrecognized date '\(value.string ?? "")'; write 2012-03-14, 2012-03-14 15:41:00 +0100 or 2012-03-14T15:41:00+01:00")
            return nil
        }
        return date
    }

    private mutating func sitePath(_ value: YAMLValue, what: String) -> SitePath? {
        guard let text = value.string else {
            fail(value, "`\(what)` must be a path such as /about/")
            return nil
        }
        do {
            return try SitePath(validating: text)
        } catch {
            fail(value, "invalid \(what) '\(text)': \(error)")
            return nil
        }
    }

    private mutating func aliasPaths(_ value: YAMLValue?) -> [SitePath] {
        guard let value, !value.isNull else { return [] }
        if value.entries != nil {
            fail(value, "`aliases` must be a list of old paths such as /2012/03/old-title/")
            return []
        }
        let items = value.sequence ?? [value]
        return items.compactMap { item in
            if case .scalar(let text, plain: true) = item.kind, Double(text) != nil || item.bool != nil {
                fail(item, "an alias must be an old path such as /2012/03/old-title/, not '\(text)'")
                return nil
            }
            return sitePath(item, what: "alias")
        }
    }

    private mutating func slug(_ value: YAMLValue) -> String? {
        guard let text = value.string, !text.isEmpty else {
            fail(value, "`slug` must be a text value")
            return nil
        }
        if text.contains("..") || text.contains("/") || text.contains("\\") {
            fail(value, "invalid slug '\(text)': a slug is one URL segment, without '/' or '..'")
            return nil
        }
        let slug = Slug.make(from: text)
        if slug.isEmpty { fail(value, "invalid slug '\(text)': it has no letter or digit") }
        return slug.isEmpty ? nil : slug
    }

    private mutating func imagePath() -> String? {
        guard let value = root["image"], !value.isNull else { return nil }
        if let text = value.string { return text }
        if let nested = value["path"]?.string ?? value["url"]?.string ?? value["src"]?.string { return nested }
        fail(value, "`image` must be a path or URL, or a mapping with `path`")
        return nil
    }

    /// The post formats WordPress defines, besides the standard one.
    static let postFormats: Set<String> = ["aside", "audio", "chat", "gallery", "image", "link", "quote", "status", "video"]

    private mutating func postFormat() -> String? {
        guard let value = root["format"], !value.isNull else { return nil }
        if let format = value.string?.lowercased(), Self.postFormats.contains(format) { return format }
        if value.string?.lowercased() == "standard" { return nil }
        fail(value, "`format` must be one of \(Self.postFormats.sorted().joined(separator: ", ")) (or standard)")
        return nil
    }

    private mutating func commentsMode() -> Entry.CommentsMode? {
        guard let value = root["comments"], !value.isNull else { return nil }
        if let flag = value.bool { return flag ? .open : .closed }
        if let text = value.string, let mode = Entry.CommentsMode(rawValue: text) { return mode }
        fail(value, "`comments` must be open, closed or hidden")
        return nil
    }

    // MARK: - Diagnostics

    private mutating func missing(_ key: String) {
        diagnostics.append(.error("missing `\(key)` in front matter", path: path, line: 1, column: 1))
    }

    private mutating func fail(_ value: YAMLValue, _ message: String) {
        diagnostics.append(.error(message, path: path, line: value.line, column: value.column))
    }
}

import Foundation

extension SiteConfig {
    /// The name of the settings file at the root of a content repository.
    public static let fileName = "cmblog.yml"

    /// Reads the settings from the text of `cmblog.yml`.
    ///
    /// - Returns: The settings and the warnings about them (unknown keys, with a suggestion).
    /// - Throws: A `DiagnosticError` with every problem found, each with its line.
    public static func load(from text: String, path: String = fileName) throws(DiagnosticError) -> (SiteConfig, [Diagnostic]) {
        let root = try YAMLValue.parse(text, path: path)
        guard let entries = root.entries else {
            throw DiagnosticError(.error("settings must be a mapping of `key: value` lines", path: path, line: root.line))
        }
        var reader = SettingsReader(path: path)
        let title = reader.requiredString("title", in: root)
        let baseURL = reader.baseURL(root["baseURL"], fallbackLine: root.line)
        var config = SiteConfig(title: title ?? "", baseURL: baseURL ?? URL(string: "https://example.invalid/")!)
        // Syndication reads its `since:` day in the site's time zone, wherever `timezone` stands.
        for entry in entries.filter({ $0.key != "syndication" }) + entries.filter({ $0.key == "syndication" }) {
            reader.apply(entry, to: &config)
        }
        if let languages = root["languages"] { reader.applyLanguages(languages, default: root["language"], to: &config) }
        if reader.diagnostics.containsError { throw DiagnosticError(reader.diagnostics) }
        return (config, reader.diagnostics)
    }

    /// Reads `cmblog.yml` from a content repository.
    ///
    /// - Returns: The settings and the warnings about them.
    /// - Throws: A `DiagnosticError` when the file is missing, unreadable or invalid.
    public static func load(from fileSystem: any FileSystem) throws(DiagnosticError) -> (SiteConfig, [Diagnostic]) {
        guard fileSystem.fileExists(fileName) else {
            throw DiagnosticError(.error("no \(fileName) here: run cmblog in a content repository, or give --source DIR", path: fileName))
        }
        let data: Data
        do {
            data = try fileSystem.contents(of: fileName)
        } catch {
            throw DiagnosticError(.error("cannot read the settings: \(error)", path: fileName))
        }
        return try load(from: SourceText.decode(data, path: fileName))
    }

    /// The keys `cmblog.yml` understands.
    public static let knownKeys: [String] = [
        "title", "description", "baseURL", "language", "timezone", "permalink", "pagePermalink",
        "paginate", "paths", "menu", "copyright", "image", "accent", "wordsPerMinute",
        "social", "atproto_did", "signatures", "feeds", "websub_hub", "logo", "share", "syndication", "backfeed",
        "languages", "translations",
        "images", "share_cards", "manifest", "site_key",
    ]
}

/// Reads setting values one key at a time and collects what is wrong with them.
struct SettingsReader {
    let path: String
    var diagnostics: [Diagnostic] = []

    mutating func requiredString(_ key: String, in root: YAMLValue) -> String? {
        guard let value = root[key] else {
            diagnostics.append(.error("missing required setting `\(key)`", path: path, line: 1))
            return nil
        }
        return string(key, value)
    }

    mutating func baseURL(_ value: YAMLValue?, fallbackLine: Int) -> URL? {
        guard let value else {
            diagnostics.append(.error("missing required setting `baseURL` (e.g. https://blog.example.com/)", path: path, line: 1))
            return nil
        }
        guard let text = string("baseURL", value), let url = URL(string: text.hasSuffix("/") ? text : text + "/"),
              ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host() != nil
        else {
            fail(value, "`baseURL` must be an absolute http(s) address such as https://blog.example.com/")
            return nil
        }
        return url
    }

    mutating func apply(_ entry: YAMLEntry, to config: inout SiteConfig) {
        let value = entry.value
        switch entry.key {
        case "title", "baseURL", "languages": break
        case "description": config.description = string(entry.key, value) ?? ""
        case "language": if let language = string(entry.key, value) { config.language = language }
        case "timezone":
            guard let name = string(entry.key, value) else { return }
            if let zone = TimeZone(identifier: name) { config.timeZone = zone }
            else { fail(value, "unknown time zone '\(name)'; use a name such as Europe/Paris or UTC") }
        case "permalink": if let pattern = permalink(value) { config.postPermalink = pattern }
        case "pagePermalink": if let pattern = permalink(value) { config.pagePermalink = pattern }
        case "paginate": if let count = positiveInt(value) { config.paginate = count }
        case "wordsPerMinute": if let count = positiveInt(value) { config.wordsPerMinute = count }
        case "copyright": config.copyright = string(entry.key, value)
        case "image": config.image = string(entry.key, value)
        case "logo": config.logo = string(entry.key, value)
        case "share": config.share = shareTargets(value)
        case "syndication": config.syndication = syndication(value, timeZone: config.timeZone)
        case "backfeed": config.backfeed = backfeed(value)
        case "accent":
            guard let color = string(entry.key, value) else { return }
            if color.range(of: "^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$", options: .regularExpression) != nil { config.accentColor = color }
            else { fail(value, "`accent` must be a hex colour such as #9b3d12") }
        case "menu": config.menu = menu(value)
        case "social":
            let (links, problems) = ProfileLink.list(from: value, key: entry.key, path: path)
            config.social = links
            diagnostics += problems
        case "atproto_did":
            guard let did = string(entry.key, value) else { return }
            if did.hasPrefix("did:plc:") || did.hasPrefix("did:web:") { config.atprotoDID = did }
            else { fail(value, "`atproto_did` must be a DID such as did:plc:abc123 (Bluesky shows it under Settings › Account › Handle)") }
        case "feeds": config.feeds = feeds(value)
        case "websub_hub":
            guard let hub = string(entry.key, value) else { return }
            if hub.hasPrefix("https://") || hub.hasPrefix("http://") { config.websubHub = hub }
            else { fail(value, "`websub_hub` must be the hub's address, such as https://pubsubhubbub.appspot.com/") }
        case "signatures":
            switch value.string {
            case "required": config.signaturesRequired = true
            case "optional": config.signaturesRequired = false
            default: fail(value, "`signatures` must be `required` or `optional`")
            }
        case "paths": applyPaths(value, to: &config.paths)
        case "translations":
            switch value.string {
            case "required": config.translationsRequired = true
            case "optional": config.translationsRequired = false
            default: fail(value, "`translations` must be `required` or `optional`")
            }
        case "images": config.images = images(value)
        case "share_cards": config.shareCards = shareCards(value)
        case "manifest":
            guard let text = string(entry.key, value) else { return }
            do {
                config.manifestPath = try SitePath(file: text)
            } catch {
                fail(value, "`manifest` must be the path of a file of the site, such as /.well-known/cmblog/manifest.json: \(error)")
            }
        case "site_key":
            guard let key = string(entry.key, value) else { return }
            config.siteKey = SiteConfig.LocatedText(key.trimmingCharacters(in: .whitespaces), line: value.line)
        default:
            let hint = Suggestion.closest(to: entry.key, among: SiteConfig.knownKeys).map { "; did you mean `\($0)`?" } ?? ""
            diagnostics.append(.warning("unknown setting `\(entry.key)`\(hint)", path: path, line: entry.keyLine, column: entry.keyColumn))
        }
    }

    mutating func string(_ key: String, _ value: YAMLValue) -> String? {
        guard let text = value.string else {
            fail(value, "`\(key)` must be a text value")
            return nil
        }
        return text
    }

    mutating func positiveInt(_ value: YAMLValue) -> Int? {
        guard let number = value.int, number > 0 else {
            fail(value, "expected a whole number greater than 0")
            return nil
        }
        return number
    }

    private mutating func permalink(_ value: YAMLValue) -> String? {
        guard let pattern = value.string else {
            fail(value, "a permalink pattern must be a text value such as /:year/:month/:slug/")
            return nil
        }
        do {
            _ = try SitePath(validating: pattern)
        } catch {
            fail(value, "invalid permalink pattern '\(pattern)': \(error)")
            return nil
        }
        return pattern
    }

    mutating func menu(_ value: YAMLValue) -> [SiteConfig.MenuItem] {
        guard let items = value.sequence else {
            fail(value, "`menu` must be a list of items with `title` and `url`")
            return []
        }
        return items.compactMap { item in
            guard let title = item["title"]?.string, let url = item["url"]?.string else {
                fail(item, "a menu item needs a `title` and a `url`")
                return nil
            }
            return SiteConfig.MenuItem(title: title, url: url)
        }
    }

    private mutating func applyPaths(_ value: YAMLValue, to paths: inout SiteConfig.Paths) {
        if value.entries == nil, !value.isNull {
            fail(value, "`paths` must be a mapping such as `authors: auteurs`")
        }
        for entry in value.entries ?? [] {
            guard let folder = entry.value.string, !folder.isEmpty, Slug.make(from: folder) == folder else {
                fail(entry.value, "a path must be a single lowercase URL segment such as `auteurs`")
                continue
            }
            switch entry.key {
            case "authors": paths.authors = folder
            case "categories": paths.categories = folder
            case "tags": paths.tags = folder
            case "archives": paths.archives = folder
            case "page": paths.page = folder
            default: fail(entry.value, "unknown path `\(entry.key)`; known: authors, categories, tags, archives, page")
            }
        }
    }

    mutating func fail(_ value: YAMLValue, _ message: String) {
        diagnostics.append(.error(message, path: path, line: value.line, column: value.column))
    }
}

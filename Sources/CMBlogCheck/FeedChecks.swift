import CMBlogBuild
import CMBlogCore
import CMBlogImport
import Foundation

/// The feeds of the site: Atom, RSS 2.0 and JSON Feed 1.1 files are well-formed, carry the
/// fields their format requires, give each item a unique id and valid dates, and use absolute
/// URLs in their content (a reader shows it away from the site, where `/about/` or `#fn-1`
/// lead nowhere); the site's own links in them must lead somewhere.
enum FeedChecks {
    static func findings(in scanned: ScannedSite, width: Int) async -> [Finding] {
        let files = scanned.site.files.filter { ($0.hasSuffix(".xml") || $0.hasSuffix(".json")) && $0 != "sitemap.xml" }
        return await files.concurrentMap(width: width) { file -> [Finding] in
            guard let bytes = scanned.site.bytes(of: file) else { return [] }
            var feed = FeedReport(file: file, scanned: scanned)
            if file.hasSuffix(".json") {
                feed.checkJSON(Data(bytes))
            } else {
                feed.checkXML(Data(bytes))
            }
            return feed.findings
        }.flatMap { $0 }
    }
}

/// The findings of one feed file.
struct FeedReport {
    let file: String
    let scanned: ScannedSite
    var findings: [Finding] = []
    private let rfc3339: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter
    }()
    private let rfc3339Fraction: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }()
    private let rfc822: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter
    }()

    init(file: String, scanned: ScannedSite) {
        self.file = file
        self.scanned = scanned
    }

    private mutating func add(_ rule: String, line: Int?, _ message: String, severity: Diagnostic.Severity = .error) {
        let location = scanned.site.origins.origin(of: file)
            ?? SourceLocation(path: scanned.site.outputLabel + file, line: line, column: line == nil ? nil : 1)
        findings.append(Finding(rule, severity, at: location, message))
    }

    mutating func checkXML(_ data: Data) {
        let root: XMLNode
        do {
            root = try SafeXMLDocument.parse(data, path: file)
        } catch {
            for problem in error.diagnostics { add("feeds.xml", line: problem.location.line, problem.message) }
            return
        }
        switch root.name {
        case "feed": checkAtom(root)
        case "rss": checkRSS(root)
        default: break
        }
    }

    private mutating func checkAtom(_ feed: XMLNode) {
        require(["id", "title", "updated"], in: feed, what: "the Atom feed")
        let feedHasAuthor = feed.child("author") != nil
        var ids: [String: Int] = [:]
        for element in feed.children("updated") { checkDate(element.text.trimmingCharacters(in: .whitespacesAndNewlines), rfc822: false, line: element.line) }
        for entry in feed.children("entry") {
            require(["id", "title", "updated"], in: entry, what: "an Atom entry")
            if !feedHasAuthor && entry.child("author") == nil { add("feeds.required", line: entry.line, "an Atom entry has no <author>, and the feed has none either") }
            if let id = entry.child("id")?.text.trimmingCharacters(in: .whitespacesAndNewlines) { unique(id, line: entry.line, in: &ids) }
            for date in entry.children where date.name == "updated" || date.name == "published" { checkDate(date.text.trimmingCharacters(in: .whitespacesAndNewlines), rfc822: false, line: date.line) }
            for content in entry.children where (content.name == "content" || content.name == "summary") && content.attributes["type"] == "html" {
                checkContent(content.text, line: content.line)
            }
        }
    }

    private mutating func checkRSS(_ rss: XMLNode) {
        if rss.attributes["version"] != "2.0" { add("feeds.required", line: rss.line, "an RSS feed must say version=\"2.0\"") }
        guard let channel = rss.child("channel") else { return add("feeds.required", line: rss.line, "the RSS feed has no <channel>") }
        require(["title", "link", "description"], in: channel, what: "the RSS channel")
        var ids: [String: Int] = [:]
        for item in channel.children("item") {
            if item.child("title") == nil && item.child("description") == nil {
                add("feeds.required", line: item.line, "an RSS item needs a <title> or a <description>")
            }
            if let guid = item.child("guid")?.text.trimmingCharacters(in: .whitespacesAndNewlines) { unique(guid, line: item.line, in: &ids) }
            if let date = item.child("pubDate") { checkDate(date.text.trimmingCharacters(in: .whitespacesAndNewlines), rfc822: true, line: date.line) }
            if let link = item.child("link")?.text.trimmingCharacters(in: .whitespacesAndNewlines), !isAbsolute(link) { add("feeds.relative-url", line: item.line, "the item link \(link) is not an absolute URL") }
            for content in item.children where content.name == "description" || content.name == "encoded" { checkContent(content.text, line: content.line) }
        }
    }

    mutating func checkJSON(_ data: Data) {
        guard let object = try? JSONSerialization.jsonObject(with: data), let feed = object as? [String: Any] else {
            return add("feeds.json", line: 1, "not a well-formed JSON object")
        }
        guard let version = feed["version"] as? String, version.hasPrefix("https://jsonfeed.org/version/") else {
            // Other JSON files of the site (the manifest, signatures.json) are not feeds; one with items is.
            if feed["items"] != nil { add("feeds.required", line: nil, "the JSON Feed has no `version` (https://jsonfeed.org/version/1.1): readers do not take it for a feed") }
            return
        }
        if version != "https://jsonfeed.org/version/1.1" { add("feeds.required", line: nil, "the JSON Feed says version \(version), not https://jsonfeed.org/version/1.1", severity: .warning) }
        if (feed["title"] as? String)?.isEmpty ?? true { add("feeds.required", line: nil, "the JSON Feed has no `title`") }
        guard let items = feed["items"] as? [[String: Any]] else { return add("feeds.required", line: nil, "the JSON Feed has no `items` array") }
        for key in ["home_page_url", "feed_url"] {
            if let url = feed[key] as? String, !isAbsolute(url) { add("feeds.relative-url", line: nil, "`\(key)` \(url) is not an absolute URL") }
        }
        var ids: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            guard let id = item["id"] as? String, !id.isEmpty else {
                add("feeds.required", line: nil, "item \(index + 1) of the JSON Feed has no `id` string")
                continue
            }
            unique(id, line: nil, in: &ids)
            if item["content_html"] == nil && item["content_text"] == nil { add("feeds.required", line: nil, "the JSON Feed item \(id) has neither `content_html` nor `content_text`") }
            if let url = item["url"] as? String, !isAbsolute(url) { add("feeds.relative-url", line: nil, "the JSON Feed item \(id) has a relative `url`: \(url)") }
            for key in ["date_published", "date_modified"] { if let date = item[key] as? String { checkDate(date, rfc822: false, line: nil) } }
            if let html = item["content_html"] as? String { checkContent(html, line: nil) }
        }
    }

    private mutating func require(_ names: [String], in element: XMLNode, what: String) {
        for name in names where element.child(name)?.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true {
            add("feeds.required", line: element.line, "\(what) has no <\(name)>")
        }
    }

    private mutating func unique(_ id: String, line: Int?, in seen: inout [String: Int]) {
        if seen[id] != nil { add("feeds.duplicate-id", line: line, "the id \(id) is given to two items: readers show only one of them") }
        seen[id] = line ?? 0
    }

    private mutating func checkDate(_ text: String, rfc822 isRFC822: Bool, line: Int?) {
        let valid = isRFC822 ? rfc822.date(from: text) != nil : (rfc3339.date(from: text) ?? rfc3339Fraction.date(from: text)) != nil
        if !valid { add("feeds.date", line: line, "\(text.isEmpty ? "an empty date" : "`\(text)`") is not a valid \(isRFC822 ? "RFC 822" : "RFC 3339") date") }
    }

    /// The links of an item's HTML content: absolute, and leading somewhere when on the site.
    private mutating func checkContent(_ html: String, line: Int?) {
        let page = HTMLPage(bytes: Array(html.utf8))
        for link in page.links {
            switch LinkTarget.resolve(link.url, from: "index.html", config: scanned.site.config) {
            case .ignored, .external: continue
            case .site(let path, let fragment):
                guard isAbsolute(link.url) else {
                    add("feeds.relative-url", line: line, "the content links to \(link.url), which is not an absolute URL: it leads nowhere in a feed reader")
                    continue
                }
                if let problem = LinkChecks.problem(path: path, fragment: fragment, url: link.url, in: scanned) { add(problem.rule, line: line, problem.message) }
            }
        }
    }

    private func isAbsolute(_ url: String) -> Bool { url.hasPrefix("https://") || url.hasPrefix("http://") }
}

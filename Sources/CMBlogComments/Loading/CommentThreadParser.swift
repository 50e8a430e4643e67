import CMBlogContent
import CMBlogCore
import Foundation

/// Parses `comments/<slug>.yml` into a `CommentThread`, naming the line of every problem.
public struct CommentThreadParser: Sendable {
    /// The keys a comment may have; others are ignored with a note.
    static let commentKeys: Set<String> = [
        "id", "parent", "author", "author_id", "email", "url", "date", "type", "status", "body",
        "source", "source_url", "avatar",
    ]

    let timeZone: TimeZone

    /// - Parameter timeZone: The zone of dates written without an offset.
    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// Parses the text of the thread file at `path`.
    public func parse(_ text: String, path: String) -> (CommentThread?, [Diagnostic]) {
        let root: YAMLValue
        do {
            root = try YAMLValue.parse(text, path: path)
        } catch {
            return (nil, error.diagnostics)
        }
        guard root.entries != nil else {
            return (nil, [.error("a comment thread must be a mapping with `status:` and `comments:`", path: path, line: root.line, column: root.column)])
        }
        var diagnostics: [Diagnostic] = []
        let slug = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var thread = CommentThread(sourcePath: path, slug: slug)
        if let status = root["status"], !status.isNull {
            thread.status = status.string.flatMap(Entry.CommentsMode.init(rawValue:))
            if thread.status == nil {
                diagnostics.append(.error("`status` must be open, closed or hidden", path: path, line: status.line, column: status.column))
            }
        }
        if let pings = root["pings"], !pings.isNull {
            thread.pingStatus = pings.string.flatMap(Entry.CommentsMode.init(rawValue:))
            if thread.pingStatus == nil || thread.pingStatus == .hidden {
                diagnostics.append(.error("`pings` must be open or closed", path: path, line: pings.line, column: pings.column))
            }
        }
        if let list = root["comments"], !list.isNull {
            guard let items = list.sequence else {
                return (nil, diagnostics + [.error("`comments` must be a list of comments, each starting with `- id:`", path: path, line: list.line, column: list.column)])
            }
            var seen: [String: Int] = [:]
            for item in items {
                guard let comment = parseComment(item, path: path, into: &diagnostics) else { continue }
                if let first = seen[comment.id] {
                    diagnostics.append(.error("comment id \(comment.id) is used twice (first on line \(first)); ids must be unique in a thread", path: path, line: comment.line))
                    continue
                }
                seen[comment.id] = comment.line
                thread.comments.append(comment)
            }
        }
        if let record = root["backfeed"], !record.isNull {
            thread.backfeed = parseBackfeed(record, path: path, into: &diagnostics)
        }
        for entry in root.entries ?? [] where !["status", "pings", "comments", "backfeed"].contains(entry.key) {
            diagnostics.append(.note("key `\(entry.key)` is not used in a comment thread and was ignored", path: path, line: entry.keyLine, column: entry.keyColumn))
        }
        return (diagnostics.containsError ? nil : thread, diagnostics)
    }

    private func parseComment(_ item: YAMLValue, path: String, into diagnostics: inout [Diagnostic]) -> Comment? {
        func fail(_ value: YAMLValue, _ message: String) {
            diagnostics.append(.error(message, path: path, line: value.line, column: value.column))
        }
        guard let entries = item.entries else {
            fail(item, "each comment must be a mapping with at least `id`, `date` and `body`")
            return nil
        }
        guard let idValue = item["id"], let id = idValue.string, !id.isEmpty else {
            fail(item, "this comment has no `id`; keep the source platform's id so old #comment links keep working")
            return nil
        }
        guard id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            fail(idValue, "comment id '\(id)' may hold only letters, digits, '-' and '_' (it becomes the anchor #comment-\(id))")
            return nil
        }
        guard let dateValue = item["date"] else {
            fail(item, "comment \(id) has no `date`")
            return nil
        }
        guard let text = dateValue.string, let date = ContentDate.parse(text, timeZone: timeZone) else {
            fail(dateValue, "comment \(id): unrecognized date '\(dateValue.string ?? "")'; write 2012-03-14T15:41:00+01:00")
            return nil
        }
        var fields = YAMLFields(item, path: path)
        var comment = Comment(id: id, date: date, body: fields.text("body", what: "comment \(id): `body`") ?? "", line: item.line)
        comment.parentID = fields.text("parent", what: "comment \(id): `parent`").flatMap { $0 == "0" || $0.isEmpty ? nil : $0 }
        comment.author = fields.text("author", what: "comment \(id): `author`")
        comment.authorID = fields.text("author_id", what: "comment \(id): `author_id`")
        comment.email = fields.text("email", what: "comment \(id): `email`")
        comment.url = fields.text("url", what: "comment \(id): `url`").flatMap { $0.isEmpty ? nil : $0 }
        comment.sourceURL = fields.text("source_url", what: "comment \(id): `source_url`").flatMap { $0.isEmpty ? nil : $0 }
        comment.avatar = fields.text("avatar", what: "comment \(id): `avatar`").flatMap { $0.isEmpty ? nil : $0 }
        diagnostics += fields.diagnostics
        if fields.diagnostics.containsError { return nil }
        if let kind = item["type"], !kind.isNull {
            guard let value = kind.string.flatMap(Comment.Kind.init(rawValue:)) else {
                fail(kind, "comment \(id): `type` must be comment, pingback, trackback or webmention")
                return nil
            }
            comment.kind = value
        }
        if let status = item["status"], !status.isNull {
            guard let value = status.string.flatMap(Comment.Status.init(rawValue:)) else {
                fail(status, "comment \(id): `status` must be approved, pending, spam, trash or removed-at-source")
                return nil
            }
            comment.status = value
        }
        if let source = item["source"], !source.isNull {
            guard let value = source.string.flatMap(Comment.Source.init(rawValue:)) else {
                fail(source, "comment \(id): `source` must be mastodon, bluesky or webmention")
                return nil
            }
            comment.source = value
        }
        if let url = item["url"], let text = comment.url, LinkPolicy.allowedURL(text) == nil || text.lowercased().hasPrefix("mailto:") {
            diagnostics.append(.warning("comment \(id): `url` '\(text)' is not an http or https address; it will not be linked", path: path, line: url.line, column: url.column))
        }
        if item["body"] == nil, comment.kind == .comment {
            diagnostics.append(.warning("comment \(id) has no `body`", path: path, line: item.line, column: item.column))
        }
        for entry in entries where !Self.commentKeys.contains(entry.key) {
            diagnostics.append(.note("comment key `\(entry.key)` is not used and was ignored", path: path, line: entry.keyLine, column: entry.keyColumn))
        }
        if comment.status == .approved { comment.renderBody() }
        return comment
    }

    /// The `backfeed:` block: `written` and `rejected` id lists, `reactions` by network.
    private func parseBackfeed(_ value: YAMLValue, path: String, into diagnostics: inout [Diagnostic]) -> BackfeedRecord {
        func fail(_ value: YAMLValue, _ message: String) {
            diagnostics.append(.error(message, path: path, line: value.line, column: value.column))
        }
        var record = BackfeedRecord()
        guard let entries = value.entries else {
            fail(value, "`backfeed` must be the mapping `cmblog backfeed` writes (written, rejected, reactions)")
            return record
        }
        for entry in entries {
            switch entry.key {
            case "written", "rejected":
                guard entry.value.isNull || entry.value.strings != nil else {
                    fail(entry.value, "`\(entry.key)` must be a list of comment ids")
                    continue
                }
                if entry.key == "written" { record.written = entry.value.strings ?? [] } else { record.rejected = entry.value.strings ?? [] }
            case "reactions":
                for network in entry.value.entries ?? [] {
                    let counts = ["reposts", "likes"].map { key in network.value[key].map(\.int) ?? 0 }
                    guard let source = Comment.Source(rawValue: network.key), network.value.entries != nil,
                          let reposts = counts[0], let likes = counts[1] else {
                        fail(network.value, "`reactions` holds `mastodon`, `bluesky` or `webmention`, each with `reposts` and `likes` counts")
                        continue
                    }
                    record.reactions.append(.init(source: source, reposts: reposts, likes: likes))
                }
            default:
                diagnostics.append(.note("key `\(entry.key)` of `backfeed` is not used and was ignored", path: path, line: entry.keyLine, column: entry.keyColumn))
            }
        }
        return record
    }
}

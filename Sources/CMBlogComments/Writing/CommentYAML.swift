import CMBlogCore
import Foundation

/// A comment written as an item of a thread file's `comments:` list, in the shape
/// `CommentThreadParser` reads back to the same comment.
public enum CommentYAML {
    /// The lines of `comment`, starting `- id:` at `indent`, its other keys under it. The
    /// e-mail is never written: the published repository keeps no commenter's address.
    public static func item(_ comment: Comment, timeZone: TimeZone, indent: String = "  ") -> String {
        let inner = indent + "  "
        var text = "\(indent)- id: \(YAMLText.quoted(comment.id))\n"
        if let parent = comment.parentID { text += "\(inner)parent: \(YAMLText.quoted(parent))\n" }
        if let author = comment.author { text += "\(inner)author: \(YAMLText.scalar(author))\n" }
        if let authorID = comment.authorID { text += "\(inner)author_id: \(YAMLText.scalar(authorID))\n" }
        if let url = comment.url { text += "\(inner)url: \(YAMLText.scalar(url))\n" }
        if let avatar = comment.avatar { text += "\(inner)avatar: \(YAMLText.scalar(avatar))\n" }
        text += "\(inner)date: \(DateText.iso8601(comment.date, in: timeZone))\n"
        if comment.kind != .comment { text += "\(inner)type: \(comment.kind.rawValue)\n" }
        if comment.status != .approved { text += "\(inner)status: \(comment.status.rawValue)\n" }
        if let source = comment.source { text += "\(inner)source: \(source.rawValue)\n" }
        if let sourceURL = comment.sourceURL { text += "\(inner)source_url: \(YAMLText.scalar(sourceURL))\n" }
        text += YAMLText.field("body", comment.body, indent: inner)
        return text
    }

    /// The `backfeed:` block, ids as block lists so each change is a line of a pull request.
    public static func block(_ record: BackfeedRecord) -> String {
        var text = "backfeed:\n"
        text += "  # Kept by `cmblog backfeed`. `written`: the ids it brought here. An id deleted from `comments` joins `rejected` and is never brought back; add an id to `rejected` to refuse it in advance.\n"
        for (key, ids) in [("written", record.written), ("rejected", record.rejected)] where !ids.isEmpty {
            text += "  \(key):\n" + ids.map { "    - \(YAMLText.scalar($0))\n" }.joined()
        }
        if !record.reactions.isEmpty {
            text += "  reactions:\n" + record.reactions.map { "    \($0.source.rawValue): {reposts: \($0.reposts), likes: \($0.likes)}\n" }.joined()
        }
        return text
    }
}

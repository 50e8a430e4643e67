import CMBlogComments
import CMBlogContent
import CMBlogCore
import CMBlogFeeds
import CMBlogMarkdown
import Foundation

/// The archived conversation under a post, as templates and schema.org data see it.
extension ViewContext {
    /// "35 commentaires", "1 comment"; nil when there are none or the thread is hidden.
    func commentCountText(_ resolved: ResolvedEntry) -> String? {
        guard let count = comments.thread(of: resolved)?.commentCount, count > 0 else { return nil }
        return localization.count("comments_count", count)
    }

    /// The `comments` of a post's page; nil when nothing is to be shown.
    func commentsView(_ resolved: ResolvedEntry) -> [String: Any]? {
        guard let thread = comments.thread(of: resolved) else { return nil }
        let postURL = absolute(resolved.url)
        var view: [String: Any] = [
            "items": thread.conversation.map { commentView($0, postURL: postURL, entry: resolved.entry) },
            "hasItems": !thread.conversation.isEmpty,
            "mentions": thread.mentions.map(mentionView),
            "hasMentions": !thread.mentions.isEmpty,
            "isClosed": thread.status == .closed,
        ]
        if let count = commentCountText(resolved) { view["countText"] = count }
        view["feedURL"] = commentFeedURL(resolved)
        return thread.isEmpty && thread.status != .closed ? nil : view
    }

    /// The address of the comment feed of `resolved`; nil when it has none.
    func commentFeedURL(_ resolved: ResolvedEntry) -> String? {
        guard CommentFeeds.hasFeed(resolved, archive: comments, config: config) else { return nil }
        return absolute(CommentFeeds.path(of: resolved))
    }

    /// A commenter's name, or the localized "Anonymous".
    func commenterName(_ comment: Comment) -> String {
        comment.author.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } ?? localization.text("anonymous")
    }

    /// The comment count of a post's JSON-LD. The comments themselves are not repeated there:
    /// the page shows each one, marked up as an `h-cite` (microformats2), and carrying them a
    /// second time made a post page up to a third heavier.
    func commentsJSONLD(_ resolved: ResolvedEntry) -> [String: Any] {
        guard let thread = comments.thread(of: resolved), thread.commentCount > 0 else { return [:] }
        return ["commentCount": thread.commentCount]
    }

    private func commentView(_ published: PublishedComment, postURL: String, entry: Entry) -> [String: Any] {
        let comment = published.comment
        var view: [String: Any] = [
            "id": comment.id,
            "anchor": published.anchor,
            "depth": published.depth,
            "author": commenterName(comment),
            "dateISO": dateISO(comment.date),
            "dateText": localization.dateTime(comment.date, in: config.timeZone),
            "body": published.bodyHTML,
            "inReplyToURL": published.parent.map { postURL + "#comment-\($0.id)" } ?? postURL,
        ]
        if let authorID = published.siteAuthorID {
            view["siteAuthorURL"] = link(site.authorPath(authorID))
        } else if let url = published.authorURL {
            view["authorURL"] = url
        }
        if published.isByPostAuthor { view["isByPostAuthor"] = true }
        if published.showsParent, let parent = published.parent {
            view["replyTo"] = [
                "text": localization.text("in_reply_to", ["name": commenterName(parent)]),
                "anchor": "comment-\(parent.id)",
            ]
        }
        return view
    }

    private func mentionView(_ published: PublishedComment) -> [String: Any] {
        let comment = published.comment
        var view: [String: Any] = [
            "anchor": published.anchor,
            "title": comment.author ?? published.authorURL ?? localization.text("anonymous"),
            "kind": localization.text("mention_\(comment.kind.rawValue)"),
            "dateISO": dateISO(comment.date),
            "dateText": localization.date(comment.date, in: config.timeZone),
        ]
        if let url = published.authorURL { view["url"] = url }
        if !published.bodyHTML.isEmpty { view["excerpt"] = published.bodyHTML }
        return view
    }
}

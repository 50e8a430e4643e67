import CMBlogComments
import CMBlogContent
import CMBlogCore
import CMBlogFeeds

/// The archived conversation under a post or page (`post.comments`): the comments in
/// reading order, then the mentions (pingbacks, trackbacks, webmentions).
struct CommentsView: TemplateParent {
    let items: [CommentView]
    let mentions: [MentionView]
    let isClosed: Bool
    let countText: String?
    let feedURL: String?
    /// "12 reposts, 40 likes on Mastodon", one line per network.
    let reactions: [String]

    /// The view of `resolved`'s thread; nil when nothing is to be shown.
    init?(_ resolved: ResolvedEntry, context: ViewContext) {
        guard let thread = context.sources.thread(of: resolved), !thread.isEmpty || thread.status == .closed else { return nil }
        let postURL = context.absolute(resolved.url)
        items = thread.conversation.map { CommentView($0, postURL: postURL, context: context) }
        mentions = thread.mentions.map { MentionView($0, context: context) }
        isClosed = thread.status == .closed
        countText = context.commentCountText(resolved)
        feedURL = context.commentFeedURL(resolved)
        reactions = thread.reactions.map(context.reactionsText)
    }

    func child(named name: String) -> Any? {
        switch name {
        case "items": items
        case "hasItems": !items.isEmpty
        case "mentions": mentions
        case "hasMentions": !mentions.isEmpty
        case "isClosed": isClosed
        case "countText": countText
        case "feedURL": feedURL
        case "reactions": reactions
        case "hasReactions": !reactions.isEmpty
        default: nil
        }
    }
}

/// A comment of the conversation, with its place in the thread.
struct CommentView: TemplateParent {
    let published: PublishedComment
    let postURL: String
    let context: ViewContext

    init(_ published: PublishedComment, postURL: String, context: ViewContext) {
        self.published = published
        self.postURL = postURL
        self.context = context
    }

    func child(named name: String) -> Any? {
        switch name {
        case "id": comment.id
        case "anchor": published.anchor
        case "depth": published.depth
        case "author": context.commenterName(comment)
        case "dateISO": context.dateISO(comment.date)
        case "dateText": context.localization.dateTime(comment.date, in: context.config.timeZone)
        case "body": published.bodyHTML
        case "inReplyToURL": published.parent.map { postURL + "#comment-\($0.id)" } ?? postURL
        case "siteAuthorURL": published.siteAuthorID.map(context.authorLink)
        case "authorURL": published.siteAuthorID == nil ? published.authorURL : nil
        case "isByPostAuthor": published.isByPostAuthor ? true : nil
        case "replyTo": replyTo
        case "via": via
        case "avatar": comment.source == nil ? nil : avatar
        default: nil
        }
    }

    /// "via Mastodon", linking to the original, for a reply brought from a network.
    private var via: TitledLink? {
        guard let source = comment.source, let url = comment.sourceURL.flatMap(LinkPolicy.allowedURL) else { return nil }
        let network = context.localization.text("source_\(source.rawValue)")
        return TitledLink(title: context.localization.text("via_source", ["network": network]), url: url)
    }

    /// The commenter's picture when it is a file of the site, else their initials: a picture
    /// on another server is never shown, so no reader's visit is told to it.
    private var avatar: CommentAvatar {
        let local = comment.avatar.flatMap { path in
            path.contains(":") || path.contains("\\") || path.hasPrefix("//") ? nil : context.fileLink(path)
        }
        return CommentAvatar(picture: local, initials: InitialsAvatar.initials(of: context.commenterName(comment)))
    }

    private var comment: Comment { published.comment }

    /// "In reply to Anne", linking to the comment answered, when the thread's layout does not show it.
    private var replyTo: TitledAnchor? {
        guard published.showsParent, let parent = published.parent else { return nil }
        return TitledAnchor(text: context.localization.text("in_reply_to", ["name": context.commenterName(parent)]), anchor: "comment-\(parent.id)")
    }
}

/// The picture beside a reply from the networks: a file of the site, or initials.
struct CommentAvatar: TemplateParent {
    /// The picture's link, when it is a file of the site.
    let picture: String?
    let initials: String

    func child(named name: String) -> Any? {
        switch name {
        case "picture": picture
        case "initials": initials
        default: nil
        }
    }
}

/// A link within the page: `text` and `anchor`.
struct TitledAnchor: TemplateParent {
    let text: String
    let anchor: String

    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "anchor": anchor
        default: nil
        }
    }
}

/// A pingback, trackback or webmention.
struct MentionView: TemplateParent {
    let published: PublishedComment
    let context: ViewContext

    init(_ published: PublishedComment, context: ViewContext) {
        self.published = published
        self.context = context
    }

    func child(named name: String) -> Any? {
        let comment = published.comment
        return switch name {
        case "anchor": published.anchor
        case "title": comment.author ?? published.authorURL ?? context.localization.text("anonymous")
        case "kind": context.localization.text("mention_\(comment.kind.rawValue)")
        case "dateISO": context.dateISO(comment.date)
        case "dateText": context.localization.date(comment.date, in: context.config.timeZone)
        case "url": published.authorURL
        case "excerpt": published.bodyHTML.isEmpty ? nil : published.bodyHTML
        default: nil
        }
    }
}

extension ViewContext {
    /// "35 commentaires", "1 comment"; nil when there are none or the thread is hidden.
    func commentCountText(_ resolved: ResolvedEntry) -> String? {
        guard let count = sources.thread(of: resolved)?.commentCount, count > 0 else { return nil }
        return localization.count("comments_count", count)
    }

    /// "12 reposts, 40 likes on Mastodon"; a count at zero is left out.
    func reactionsText(_ reactions: BackfeedRecord.Reactions) -> String {
        let counts = [("reposts_count", reactions.reposts), ("likes_count", reactions.likes)].filter { $0.1 > 0 }
            .map { localization.count($0.0, $0.1) }.joined(separator: ", ")
        return localization.text("reactions_on", ["counts": counts, "network": localization.text("source_\(reactions.source.rawValue)")])
    }

    /// The address of the comment feed of `resolved`; nil when it has none.
    func commentFeedURL(_ resolved: ResolvedEntry) -> String? {
        guard sources.hasCommentFeed(resolved) else { return nil }
        return absolute(CommentFeeds.path(of: resolved))
    }
}

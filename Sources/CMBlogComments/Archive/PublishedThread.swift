import CMBlogContent

/// The part of a thread that a post's page shows: approved comments only, sanitized.
public struct PublishedThread: Sendable {
    /// The thread file, or nil when only the post's front matter gave the status.
    public let sourcePath: String?
    /// `open` or `closed` (a hidden thread is not published at all).
    public let status: Entry.CommentsMode
    public let conversation: [PublishedComment]
    public let mentions: [PublishedComment]
    /// Reposts and likes of the post's copies, by network, as `cmblog backfeed` last counted them.
    public let reactions: [BackfeedRecord.Reactions]

    /// The number of comments shown (mentions are counted apart).
    public var commentCount: Int { conversation.count }
    /// Whether there is anything to list or count.
    public var isEmpty: Bool { conversation.isEmpty && mentions.isEmpty && reactions.isEmpty }
}

/// A comment ready to show: its place in the conversation, its safe body and its author.
public struct PublishedComment: Sendable {
    /// The comment, without its e-mail (private) and its stored body (`bodyHTML` is what is
    /// shown): a published site never needs them, and a large archive is lighter without.
    public let comment: Comment
    /// 1 to `ThreadLayout.maximumDepth`.
    public let depth: Int
    /// The comment it answers, when it answers one.
    public let parent: Comment?
    /// Whether the page must say whom it answers, its nesting not showing it.
    public let showsParent: Bool
    /// The sanitized body HTML.
    public let bodyHTML: String
    /// The commenter's site, when it is an http or https address.
    public let authorURL: String?
    /// The site author who wrote it, recognized by `author_id` or e-mail.
    public let siteAuthorID: String?
    /// Whether it was written by one of the post's own authors.
    public let isByPostAuthor: Bool

    /// The `id` attribute of the comment on the page: `comment-<id>`.
    public var anchor: String { "comment-\(comment.id)" }
}

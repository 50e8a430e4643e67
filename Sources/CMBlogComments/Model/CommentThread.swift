import CMBlogContent

/// The archived conversation of one post or page: `comments/<slug>.yml`.
public struct CommentThread: Sendable, Equatable {
    /// The file, relative to the repository.
    public var sourcePath: String
    /// The slug of the post or page it belongs to: the file name without `.yml`.
    public var slug: String
    /// `open`, `closed` or `hidden`; nil when the file does not say.
    public var status: Entry.CommentsMode?
    /// Whether pingbacks were still accepted on the old platform (`pings:`); kept for the record.
    public var pingStatus: Entry.CommentsMode?
    /// Every comment of the file, in the order written, whatever its status.
    public var comments: [Comment]

    public init(sourcePath: String, slug: String, status: Entry.CommentsMode? = nil, comments: [Comment] = []) {
        self.sourcePath = sourcePath
        self.slug = slug
        self.status = status
        self.pingStatus = nil
        self.comments = comments
    }
}

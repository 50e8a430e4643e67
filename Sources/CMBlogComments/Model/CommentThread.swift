import CMBlogContent

/// The archived conversation of one post or page: `comments/<slug>.yml`.
public struct CommentThread: Sendable, Equatable, Codable {
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
    /// What `cmblog backfeed` keeps about the thread (`backfeed:`): the ids it wrote, the ids a
    /// moderator deleted, and the reposts and likes of the post's copies.
    public var backfeed = BackfeedRecord()

    public init(sourcePath: String, slug: String, status: Entry.CommentsMode? = nil, comments: [Comment] = []) {
        self.sourcePath = sourcePath
        self.slug = slug
        self.status = status
        self.pingStatus = nil
        self.comments = comments
    }
}

/// The `backfeed:` block of a thread file, which `cmblog backfeed` writes and rewrites.
public struct BackfeedRecord: Sendable, Equatable, Codable {
    /// Reposts and likes of the post on one network.
    public struct Reactions: Sendable, Equatable, Codable {
        public var source: Comment.Source
        public var reposts: Int
        public var likes: Int

        public init(source: Comment.Source, reposts: Int, likes: Int) {
            self.source = source
            self.reposts = reposts
            self.likes = likes
        }
    }

    /// Every id backfeed ever wrote into the file (`written:`), to notice those deleted since.
    public var written: [String] = []
    /// Ids never to bring back (`rejected:`): deleted by a moderator, or listed by hand.
    public var rejected: [String] = []
    /// Counts by network, in the order Mastodon, Bluesky, webmentions.
    public var reactions: [Reactions] = []

    public init(written: [String] = [], rejected: [String] = [], reactions: [Reactions] = []) {
        self.written = written
        self.rejected = rejected
        self.reactions = reactions
    }
}

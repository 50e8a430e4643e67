import Foundation

/// One comment, pingback, trackback or webmention of an archived thread.
public struct Comment: Sendable, Equatable, Codable {
    /// What kind of reaction it is.
    public enum Kind: String, Sendable, Equatable, CaseIterable, Codable {
        case comment, pingback, trackback, webmention

        /// Pingbacks, trackbacks and webmentions: links from other sites, listed apart.
        public var isMention: Bool { self != .comment }
    }

    /// Whether it may be shown. Only approved comments ever are.
    public enum Status: String, Sendable, Equatable, CaseIterable, Codable {
        case approved, pending, spam, trash
        /// Brought from a network by `cmblog backfeed`, then deleted there by its author.
        case removedAtSource = "removed-at-source"
    }

    /// Where a reply brought home by `cmblog backfeed` was written.
    public enum Source: String, Sendable, Equatable, CaseIterable, Codable {
        case mastodon, bluesky, webmention
    }

    /// The source platform's id: the page anchor is `#comment-<id>`.
    public var id: String
    /// The id of the comment this one answers; nil at the top of the thread.
    public var parentID: String?
    /// The commenter's name, or the title of the linking page for a mention.
    public var author: String?
    /// The commenter's site, or the linking page for a mention.
    public var url: String?
    /// The commenter's e-mail: private, never published; it recognizes the site's authors.
    public var email: String?
    /// The site author who wrote it, when one of them did.
    public var authorID: String?
    public var date: Date
    public var kind: Kind
    public var status: Status
    /// The body as stored: HTML or plain text, untrusted.
    public var body: String {
        didSet { shownBody = nil }
    }
    /// The body as the site shows it (`CommentBodyHTML.render`), when it was made beforehand:
    /// the thread parser makes it for approved comments, so it is kept with their parse in the
    /// build cache. Setting `body` clears it.
    public private(set) var shownBody: String?
    /// The line of the comment in its thread file.
    public var line: Int
    /// The network it was brought from; nil for comments written on the site or imported.
    public var source: Source?
    /// The original on its network (`source_url:`), which "via Mastodon" links to.
    public var sourceURL: String?
    /// The commenter's picture (`avatar:`): shown only when it is a file of the site.
    public var avatar: String?

    public init(
        id: String, parentID: String? = nil, author: String? = nil, url: String? = nil, email: String? = nil,
        authorID: String? = nil, date: Date, kind: Kind = .comment, status: Status = .approved, body: String, line: Int = 1
    ) {
        self.id = id
        self.parentID = parentID
        self.author = author
        self.url = url
        self.email = email
        self.authorID = authorID
        self.date = date
        self.kind = kind
        self.status = status
        self.body = body
        self.line = line
    }

    /// The body as the site shows it: sanitized, with links and paragraphs.
    public var bodyHTML: String {
        shownBody ?? CommentBodyHTML.render(body)
    }

    /// Makes `shownBody` now.
    public mutating func renderBody() {
        shownBody = CommentBodyHTML.render(body)
    }
}

import CMBlogCore
import Foundation

/// What a syndication run would post: for each post, one copy per network still to reach.
public struct SyndicationPlan: Sendable {
    /// One post and its copies.
    public struct Item: Sendable {
        public let post: SyndicationPost
        public let copies: [SocialCopy]
    }

    public let items: [Item]
    /// Posts and networks left out, with why ("already on Mastodon: URL").
    public let notes: [String]
    /// How many published posts are older than the syndication window.
    public let olderPosts: Int

    /// The networks cmblog posts to itself; the others' copies are printed for posting by hand.
    public static let publishable: Set<SocialNetwork> = [.mastodon, .bluesky]
}

/// What a run did for one post.
public struct SyndicationOutcome: Sendable {
    public let post: SyndicationPost
    /// The copies posted, by network, with their URLs.
    public var published: [(network: SocialNetwork, url: String)] = []
    /// The networks that failed, with what they answered.
    public var failures: [(network: SocialNetwork, message: String)] = []
    /// Whether the post's `syndication:` list was written (nil when there was nothing to write).
    public var written: Result<Void, PublishingError>?

    /// Whether every network worked and what they returned is recorded.
    public var succeeded: Bool {
        guard failures.isEmpty else { return false }
        if case .failure = written { return false }
        return true
    }
}

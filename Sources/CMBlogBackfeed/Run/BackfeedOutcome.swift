import CMBlogComments
import Foundation

/// What a backfeed run did for one post.
public struct BackfeedOutcome: Sendable {
    /// The post's source file and its thread file, relative to the repository.
    public let postPath: String
    public let threadPath: String
    /// The items appended to the thread file (`pending` unless moderation is off).
    public var added: [Comment] = []
    /// Ids marked `removed-at-source`: deleted on their network.
    public var removed: [String] = []
    /// Ids newly noticed as deleted by a moderator, now in `backfeed: rejected:`.
    public var rejected: [String] = []
    /// Replies left out, with why (not public, opted out of indexing, blocklist, deleted).
    public var skipped: [String] = []
    /// What could not be read or written; what was read is kept all the same.
    public var failures: [String] = []
    /// Whether the thread file was (or, on a dry run, would be) written.
    public var changed = false

    /// Whether every source of the post was read and the file written.
    public var succeeded: Bool { failures.isEmpty }
}

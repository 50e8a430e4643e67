/// Orders the approved comments of a thread for reading: each reply under the comment it
/// answers, siblings oldest first, nesting shown down to `maximumDepth`.
public struct ThreadLayout: Sendable {
    /// Replies deeper than this are shown at this depth, with "in reply to NAME".
    public static let maximumDepth = 5

    /// The conversation in reading order.
    public let conversation: [PlacedComment]
    /// Pingbacks, trackbacks and webmentions, oldest first.
    public let mentions: [Comment]

    /// Lays out the approved comments of `comments`. A reply whose parent is missing or not
    /// approved is shown at the top level, so no approved comment is ever lost.
    public init(_ comments: [Comment]) {
        let approved = comments.filter { $0.status == .approved }
        let conversation = approved.filter { !$0.kind.isMention }
        let byID = Dictionary(conversation.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var children: [String: [Comment]] = [:]
        var roots: [Comment] = []
        for comment in conversation {
            if let parentID = comment.parentID, parentID != comment.id, byID[parentID] != nil, !Self.isInCycle(comment, byID: byID) {
                children[parentID, default: []].append(comment)
            } else {
                roots.append(comment)
            }
        }
        var placed: [PlacedComment] = []
        func visit(_ comment: Comment, depth: Int, parent: Comment?) {
            let shownDepth = min(depth, Self.maximumDepth)
            placed.append(PlacedComment(comment: comment, depth: shownDepth, parent: parent, isDeeperThanShown: depth > Self.maximumDepth))
            for child in Self.chronological(children[comment.id] ?? []) {
                visit(child, depth: depth + 1, parent: comment)
            }
        }
        for root in Self.chronological(roots) { visit(root, depth: 1, parent: nil) }
        self.conversation = placed
        self.mentions = Self.chronological(approved.filter(\.kind.isMention))
    }

    private static func chronological(_ comments: [Comment]) -> [Comment] {
        comments.sorted { ($0.date, $0.id.count, $0.id) < ($1.date, $1.id.count, $1.id) }
    }

    /// Whether following parents from `comment` comes back to it.
    private static func isInCycle(_ comment: Comment, byID: [String: Comment]) -> Bool {
        var seen: Set<String> = [comment.id]
        var current = comment.parentID
        while let id = current, let parent = byID[id] {
            if !seen.insert(id).inserted { return true }
            current = parent.parentID
        }
        return false
    }
}

/// A comment at its place in the conversation.
public struct PlacedComment: Sendable, Equatable {
    public let comment: Comment
    /// 1 for a comment on the post, up to `ThreadLayout.maximumDepth`.
    public let depth: Int
    /// The comment it answers.
    public let parent: Comment?
    /// Whether it is nested deeper than shown, so the page must say whom it answers.
    public let isDeeperThanShown: Bool
}

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
    /// approved is shown at the top level, and so is each comment of a cycle of replies (each
    /// answering another of the cycle), so no approved comment is ever lost.
    ///
    /// Threads come from the public and may nest without limit, so nothing here recurses over
    /// the nesting: parents are followed in loops, and the time taken grows with the number
    /// of comments only.
    public init(_ comments: [Comment]) {
        let approved = comments.filter { $0.status == .approved }
        let conversation = approved.filter { !$0.kind.isMention }
        let parents = Self.parentIndexes(in: conversation)
        var replies = [[Int]](repeating: [], count: conversation.count)
        var roots: [Int] = []
        for index in conversation.indices {
            if let parent = parents[index] { replies[parent].append(index) } else { roots.append(index) }
        }
        var placed: [PlacedComment] = []
        placed.reserveCapacity(conversation.count)
        // Depth first, in reading order: the stack holds what is still to place, the next on top.
        var pending = Self.chronological(roots, in: conversation).reversed().map { (index: $0, depth: 1) }
        while let (index, depth) = pending.popLast() {
            placed.append(PlacedComment(
                comment: conversation[index], depth: min(depth, Self.maximumDepth), parent: parents[index].map { conversation[$0] },
                isDeeperThanShown: depth > Self.maximumDepth))
            pending += Self.chronological(replies[index], in: conversation).reversed().map { (index: $0, depth: depth + 1) }
        }
        self.conversation = placed
        let mentions = approved.filter(\.kind.isMention)
        self.mentions = Self.chronological(Array(mentions.indices), in: mentions).map { mentions[$0] }
    }

    /// `indexes` of `comments` sorted oldest first (ties broken by id, numerically for
    /// numeric ids).
    private static func chronological(_ indexes: [Int], in comments: [Comment]) -> [Int] {
        indexes.sorted { a, b in
            (comments[a].date, comments[a].id.count, comments[a].id) < (comments[b].date, comments[b].id.count, comments[b].id)
        }
    }

    /// The index of the comment each comment answers, nil for those shown at the top: no
    /// parent, a parent that is not in `comments`, or a place in a cycle of replies.
    ///
    /// Each comment is walked past once: a walk up the parents stops at the first comment
    /// already settled, and a walk that comes back to itself has found a cycle.
    private static func parentIndexes(in comments: [Comment]) -> [Int?] {
        var indexByID: [String: Int] = [:]
        for (index, comment) in comments.enumerated() where indexByID[comment.id] == nil { indexByID[comment.id] = index }
        var parents = comments.indices.map { index in comments[index].parentID.flatMap { indexByID[$0] }.flatMap { $0 == index ? nil : $0 } }
        enum State { case unseen, onWalk, settled }
        var states = [State](repeating: .unseen, count: comments.count)
        for start in comments.indices where states[start] == .unseen {
            var walk: [Int] = []
            var current: Int? = start
            while let index = current, states[index] == .unseen {
                states[index] = .onWalk
                walk.append(index)
                current = parents[index]
            }
            if let index = current, states[index] == .onWalk, let cycleStart = walk.lastIndex(of: index) {
                for member in walk[cycleStart...] { parents[member] = nil }
            }
            for index in walk { states[index] = .settled }
        }
        return parents
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

import CMBlogComments
import CMBlogCore
import Foundation

/// Brings new items into the text of a thread file, changing nothing a person wrote.
///
/// New comments are appended after the last item of `comments:` (indented as that list is);
/// a comment deleted on its network gets `status: removed-at-source` on its own line; the
/// `backfeed:` block, which cmblog owns, is rewritten whole. Every other byte of the file
/// stays as it was, comments and formatting included.
///
/// An id backfeed wrote once (`backfeed: written:`) and that is no longer in `comments:` was
/// deleted by a moderator: it is added to `backfeed: rejected:` and never written again.
public struct ThreadFileMerge: Sendable {
    /// What a merge changes.
    public struct Result: Sendable, Equatable {
        /// The new text; nil when the file is to stay as it is.
        public var text: String?
        /// The items appended.
        public var added: [Comment] = []
        /// The ids newly marked `removed-at-source`.
        public var removed: [String] = []
        /// The ids newly noticed as deleted by a moderator.
        public var rejected: [String] = []
    }

    /// The first line of a file backfeed creates.
    static let header = "# Replies brought home by `cmblog backfeed`: a reply shows on the site once its `status: pending` is changed to `approved`; delete it to refuse it for good.\n"

    let path: String
    let timeZone: TimeZone

    public init(path: String, timeZone: TimeZone) {
        self.path = path
        self.timeZone = timeZone
    }

    /// Merges `incoming` into `text` (nil when the file does not exist yet).
    /// - Parameters:
    ///   - complete: The networks whose every copy of the post was read: their written items
    ///     missing from `incoming` were deleted at the source.
    ///   - reactions: The counts read, replacing those of the same networks.
    /// - Throws: A `DiagnosticError` when the file does not parse, or would not after the merge.
    public func merge(_ text: String?, incoming: [Comment], complete: Set<Comment.Source>, reactions: [BackfeedRecord.Reactions]) throws -> Result {
        let parser = CommentThreadParser(timeZone: timeZone)
        let existing: CommentThread
        if let text {
            let (thread, diagnostics) = parser.parse(text, path: path)
            guard let thread else { throw DiagnosticError(diagnostics.filter { $0.severity == .error }) }
            existing = thread
        } else {
            existing = CommentThread(sourcePath: path, slug: "")
        }
        let present = Set(existing.comments.map(\.id))
        var record = existing.backfeed
        var result = Result()
        result.rejected = record.written.filter { !present.contains($0) && !record.rejected.contains($0) }
        record.rejected += result.rejected
        let refused = Set(record.rejected)
        var seen: Set<String> = []
        result.added = incoming.filter { !present.contains($0.id) && !refused.contains($0.id) && seen.insert($0.id).inserted }
        let arrived = Set(incoming.map(\.id))
        let written = Set(record.written)
        let gone = existing.comments.filter { comment in
            comment.source.map(complete.contains) == true && written.contains(comment.id) && !arrived.contains(comment.id)
                && [.approved, .pending].contains(comment.status)
        }
        record.written += result.added.map(\.id)
        record.reactions = Self.merged(record.reactions, with: reactions)

        let original = text ?? Self.header
        var editor = try LineEditor(original, path: path)
        for comment in gone where editor.markRemoved(comment) {
            result.removed.append(comment.id)
        }
        if !result.added.isEmpty {
            try editor.append(result.added.map { CommentYAML.item($0, timeZone: timeZone, indent: "") })
        }
        if record != existing.backfeed {
            editor.replaceBlock("backfeed", with: CommentYAML.block(record))
        }
        let merged = editor.text
        guard merged != (text ?? Self.header) else { return result }
        let (reread, problems) = parser.parse(merged, path: path)
        guard let reread, reread.comments.count == existing.comments.count + result.added.count else {
            throw DiagnosticError(.error("cmblog backfeed could not add to this file without breaking it (\((problems.first { $0.severity == .error } ?? problems.first)?.message ?? "comments lost")); it was left as it was", path: path))
        }
        result.text = merged
        return result
    }

    /// The counts of `old`, those of the networks in `new` replaced; none left at zero.
    static func merged(_ old: [BackfeedRecord.Reactions], with new: [BackfeedRecord.Reactions]) -> [BackfeedRecord.Reactions] {
        let renewed = Set(new.map(\.source))
        return Comment.Source.allCases.compactMap { source in
            (renewed.contains(source) ? new : old).first { $0.source == source }
        }.filter { $0.reposts > 0 || $0.likes > 0 }
    }
}

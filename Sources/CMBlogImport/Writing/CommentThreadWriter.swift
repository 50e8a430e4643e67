import CMBlogComments
import CMBlogContent
import CMBlogCore
import Foundation

/// Writes a comment thread as `comments/<slug>.yml`, in the shape the build reads.
enum CommentThreadWriter {
    /// The YAML text of `thread`, comments in date order.
    static func text(of thread: CommentThread, timeZone: TimeZone, header: String) -> String {
        var text = "# \(header)\n"
        if let status = thread.status { text += "status: \(status.rawValue)\n" }
        if let pings = thread.pingStatus { text += "pings: \(pings.rawValue)\n" }
        text += "comments:\n"
        let sorted = thread.comments.sorted { ($0.date, $0.id.count, $0.id) < ($1.date, $1.id.count, $1.id) }
        for comment in sorted { text += CommentYAML.item(comment, timeZone: timeZone) }
        if thread.backfeed != BackfeedRecord() { text += CommentYAML.block(thread.backfeed) }
        return text
    }

    /// `existing` with the comments of `imported` it does not have yet (matched by id), and the
    /// imported status when the file had none. Comments already in the file are kept as they
    /// are, so an import run twice adds nothing.
    static func merge(_ imported: CommentThread, into existing: CommentThread?) -> CommentThread {
        guard var merged = existing else { return imported }
        let known = Set(merged.comments.map(\.id))
        merged.comments += imported.comments.filter { !known.contains($0.id) }
        if merged.status == nil { merged.status = imported.status }
        if merged.pingStatus == nil { merged.pingStatus = imported.pingStatus }
        return merged
    }
}

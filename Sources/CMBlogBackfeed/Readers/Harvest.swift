import CMBlogComments
import CMBlogContent
import Foundation

/// What one network said about one syndicated copy: the replies kept, the counts, and what was
/// left out and why.
struct Harvest: Sendable {
    var items: [Comment] = []
    var reactions: BackfeedRecord.Reactions?
    /// Replies not brought home, each with its reason ("not public", "asks not to be indexed").
    var skipped: [String] = []
    /// Whether the network may have listed only part of the replies (a thread at its length limit).
    var mayBeCutShort = false

    /// The two harvests of the same network, as one.
    static func + (left: Harvest, right: Harvest) -> Harvest {
        var sum = left
        sum.items += right.items
        sum.skipped += right.skipped
        sum.mayBeCutShort = left.mayBeCutShort || right.mayBeCutShort
        if let more = right.reactions {
            sum.reactions = sum.reactions.map { .init(source: $0.source, reposts: $0.reposts + more.reposts, likes: $0.likes + more.likes) } ?? more
        }
        return sum
    }
}

/// How every reader makes its items: ids usable as anchors, and the moderation status.
struct ItemFactory: Sendable {
    let moderation: Comment.Status
    private static let plausibleDates = Date(timeIntervalSince1970: 0)...Date(timeIntervalSince1970: 32_503_680_000)
    let timeZone: TimeZone

    /// `text` with every character an anchor cannot hold (`.` of a host, `:` of a DID) as `_`.
    static func idPart(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "_" })
    }

    /// `value` when it is an http(s) address: a picture a network names is kept for the record,
    /// never as a path that could pass for a file of the site.
    static func webAddress(_ value: Any?) -> String? {
        guard let text = value as? String, let scheme = URLComponents(string: text)?.scheme?.lowercased(),
              scheme == "https" || scheme == "http" else { return nil }
        return text
    }

    /// A date of a network (ISO 8601, with or without fractions of a second).
    /// Dates outside 1970–2999 are refused: a client sets the date of its own post, and a year
    /// 0 or 9999 cannot be written back as a date of the thread file.
    func date(_ value: Any?) -> Date? {
        (value as? String).flatMap { ContentDate.parse($0, timeZone: timeZone) }.flatMap { Self.plausibleDates.contains($0) ? $0 : nil }
    }
}

import CMBlogCore
import Foundation

/// Writes a post's copy for one network from a template, and fits it to the network's length.
///
/// The template's `{title}`, `{summary}`, `{url}` and `{hashtags}` are filled in, then, while the
/// copy is too long: the summary is shortened at a word boundary with an ellipsis (down to
/// nothing), hashtags are dropped from the last, and the title is shortened last. The URL and a
/// hashtag are never cut.
public struct CopyComposer: Sendable {
    /// The template, with `\n` for line breaks.
    public let template: String

    public init(template: String) {
        self.template = template
    }

    public func compose(_ post: SyndicationPost, for network: SocialNetwork, limit: Int) -> SocialCopy {
        func copy(_ title: String, _ summary: String, _ hashtags: [String]) -> SocialCopy {
            let text = fill(title: title, summary: summary, url: post.url, hashtags: hashtags)
            return SocialCopy(network: network, text: text, url: post.url, hashtags: hashtags, length: TextLength(of: text, on: network), limit: limit)
        }
        var hashtags = Hashtags.hashtags(for: post.tags)
        let full = copy(post.title, post.summary, hashtags)
        if full.fits { return full }
        let summary = Self.longestPrefix(of: post.summary) { copy(post.title, $0, hashtags).fits }
        while !hashtags.isEmpty, !copy(post.title, summary, hashtags).fits { hashtags.removeLast() }
        let title = Self.longestPrefix(of: post.title) { copy($0, summary, hashtags).fits }
        return copy(title, summary, hashtags)
    }

    /// The template filled in, with blank lines of empty parts closed up.
    func fill(title: String, summary: String, url: String, hashtags: [String]) -> String {
        let values = ["title": title, "summary": summary, "url": url, "hashtags": hashtags.joined(separator: " ")]
        let text = Placeholders.fill(template, values)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        var tidy: [String] = []
        for line in lines where !(line.isEmpty && (tidy.last?.isEmpty ?? true)) { tidy.append(line) }
        return tidy.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The longest shortening of `text` (whole words and an ellipsis, or nothing) that `fits`.
    static func longestPrefix(of text: String, fits: (String) -> Bool) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        func shortened(_ count: Int) -> String {
            guard count > 0 else { return "" }
            guard count < words.count else { return words.joined(separator: " ") }
            let kept = words.prefix(count).joined(separator: " ")
            return kept.trimmingCharacters(in: CharacterSet(charactersIn: ",;:–—-·").union(.whitespaces)) + "…"
        }
        var low = 0, high = words.count
        while low < high {
            let middle = (low + high + 1) / 2
            if fits(shortened(middle)) { low = middle } else { high = middle - 1 }
        }
        return shortened(low)
    }
}

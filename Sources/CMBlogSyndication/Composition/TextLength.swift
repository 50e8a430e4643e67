import CMBlogCore
import Foundation

/// The length of a text as a network counts it, against its limit.
///
/// - Mastodon: characters (grapheme clusters), every URL counting as 23.
/// - X: weighted characters: Latin and common punctuation count 1, other scripts and emoji 2,
///   every URL 23 (the rules of twitter-text 3).
/// - Bluesky: graphemes, URLs at full length, and at most 3,000 UTF-8 bytes.
/// - LinkedIn: characters.
public struct TextLength: Sendable, Equatable, CustomStringConvertible {
    /// The count the network's limit applies to.
    public let count: Int
    /// The UTF-8 size, which Bluesky also limits.
    public let bytes: Int

    /// Bluesky's limit on a post's UTF-8 size.
    public static let blueskyByteLimit = 3000
    /// What Mastodon and X count any URL as.
    public static let linkLength = 23

    public init(of text: String, on network: SocialNetwork) {
        bytes = text.utf8.count
        switch network {
        case .mastodon: count = Self.countingLinks(text) { $0.count }
        case .x: count = Self.countingLinks(text, Self.weighted)
        case .bluesky, .linkedin: count = text.count
        }
    }

    func fits(limit: Int, network: SocialNetwork) -> Bool {
        count <= limit && (network != .bluesky || bytes <= Self.blueskyByteLimit)
    }

    public var description: String { String(count) }

    /// `measure` over the text outside URLs, plus 23 for each URL.
    private static func countingLinks(_ text: String, _ measure: (Substring) -> Int) -> Int {
        var total = 0
        var rest = text[...]
        while let link = rest.range(of: #"https?://[^\s]+"#, options: .regularExpression) {
            total += measure(rest[..<link.lowerBound]) + linkLength
            rest = rest[link.upperBound...]
        }
        return total + measure(rest)
    }

    /// twitter-text's weighted length: code points in the light ranges weigh 1, others 2, and an
    /// emoji sequence 2 in all.
    private static func weighted(_ text: Substring) -> Int {
        text.reduce(0) { total, character in
            if isEmoji(character) { return total + 2 }
            return total + character.unicodeScalars.reduce(0) { $0 + (isLight($1.value) ? 1 : 2) }
        }
    }

    private static func isLight(_ value: UInt32) -> Bool {
        value <= 4351 || (8192...8205).contains(value) || (8208...8223).contains(value) || (8242...8247).contains(value)
    }

    private static func isEmoji(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return false }
        return first.properties.isEmojiPresentation
            || (first.properties.isEmoji && scalars.contains { $0.value == 0xFE0F || $0.value == 0x200D })
    }
}

import Foundation

/// Hashtags made from a post's tags.
enum Hashtags {
    /// `lyon` → `#lyon`, `café de spécialité` → `#CaféDeSpécialité` (capitals help screen
    /// readers); nil when the tag has no letter to make a hashtag of.
    static func hashtag(for tag: String) -> String? {
        let words = tag.split { !($0.isLetter || $0.isNumber || $0 == "_") }
        guard words.contains(where: { $0.contains(where: \.isLetter) }) else { return nil }
        if words.count == 1 { return "#" + words[0] }
        return "#" + words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// The hashtags of `tags`, without repeats (ignoring case).
    static func hashtags(for tags: [String]) -> [String] {
        var seen = Set<String>()
        return tags.compactMap(hashtag).filter { seen.insert($0.lowercased()).inserted }
    }
}

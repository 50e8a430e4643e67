import CMBlogCore
import Foundation

/// The text of a Bluesky post as HTML: its facets (links, mentions, hashtags, which name
/// their place by UTF-8 byte offsets) made into links, its lines into paragraphs and breaks.
enum BlueskyRichText {
    /// `text` with `facets` as links. A facet out of the text, overlapping another, or cutting
    /// a character in two is left as plain text.
    static func html(_ text: String, facets: [[String: Any]]) -> String {
        let bytes = Array(text.utf8)
        let links = facets.compactMap { facet -> (range: Range<Int>, href: String)? in
            guard let index = facet["index"] as? [String: Any], let start = index["byteStart"] as? Int, let end = index["byteEnd"] as? Int,
                  0 <= start, start < end, end <= bytes.count, let href = (facet["features"] as? [[String: Any]])?.lazy.compactMap(link).first
            else { return nil }
            return (start..<end, href)
        }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var html = ""
        var position = 0
        for link in links where link.range.lowerBound >= position {
            guard let before = String(validating: bytes[position..<link.range.lowerBound], as: UTF8.self),
                  let label = String(validating: bytes[link.range], as: UTF8.self) else { continue }
            html += escaped(before) + "<a href=\"\(ByteEscaper.html.escape(link.href))\">\(escaped(label))</a>"
            position = link.range.upperBound
        }
        html += escaped(String(decoding: bytes[position...], as: UTF8.self))
        let paragraphs = html.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }
        return paragraphs.map { "<p>" + $0.replacingOccurrences(of: "\n", with: "<br>") + "</p>" }.joined()
    }

    /// The address a facet feature links to: a link's URI, a mention's profile, a tag's search.
    private static func link(_ feature: [String: Any]) -> String? {
        switch feature["$type"] as? String {
        case "app.bsky.richtext.facet#link": feature["uri"] as? String
        case "app.bsky.richtext.facet#mention": (feature["did"] as? String).map { "https://bsky.app/profile/\($0)" }
        case "app.bsky.richtext.facet#tag":
            (feature["tag"] as? String)?.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed).map { "https://bsky.app/hashtag/\($0)" }
        default: nil
        }
    }

    private static func escaped(_ text: String) -> String { ByteEscaper.html.escape(text) }
}

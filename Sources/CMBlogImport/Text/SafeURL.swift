import CMBlogMarkdown
import Foundation

/// Addresses taken from an export into an attribute: entities decoded, only `http(s)` or
/// root-relative ones, never `javascript:` or `data:`.
enum SafeURL {
    /// `text` when it is an `http` or `https` address with a host.
    static func absolute(_ text: String) -> String? {
        let url = HTMLText.decodeEntities(text.trimmingCharacters(in: .whitespacesAndNewlines))
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), URL(string: url)?.host?.isEmpty == false,
              !url.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }) else { return nil }
        return url
    }

    /// `text` when it is an `http(s)` address or a root-relative path (`/wp-content/…`).
    static func media(_ text: String) -> String? {
        let url = HTMLText.decodeEntities(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if url.hasPrefix("/"), !url.hasPrefix("//"), !url.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }) { return url }
        return absolute(url)
    }
}

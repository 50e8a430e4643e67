import Foundation

/// The media files a body links to in a WordPress uploads folder.
enum MediaReferences {
    /// Every `src`/`href` address under `/wp-content/uploads/`.
    static func uploads(in html: String) -> Set<String> {
        var found: Set<String> = []
        for attribute in ["src=\"", "href=\"", "src='", "href='"] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                let quote = attribute.last!
                let value = rest[start.upperBound...].prefix { $0 != quote }
                if value.contains("/wp-content/uploads/") { found.insert(String(value)) }
                rest = rest[start.upperBound...]
            }
        }
        return found
    }
}

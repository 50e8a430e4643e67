import Foundation

/// The block comments of WordPress's block editor (`<!-- wp:paragraph -->`, `<!-- /wp:paragraph -->`,
/// `<!-- wp:latest-posts {"postsToShow":3} /-->`): markers around the HTML each block saved.
///
/// The markers are taken out, and a line left empty by them goes too, so no paragraph is made
/// of a marker. A self-closing block saved no HTML: WordPress drew it (latest posts, archives,
/// search, navigation, …) each time the page was shown, so a static copy has nothing to show;
/// such blocks are counted by name for the report. `footnotes` is not among them: its list is
/// made from the post's `footnotes` meta (see `GutenbergFootnotes`).
enum GutenbergBlocks {
    /// The self-closing block whose place is the footnote list.
    static let footnotesMarker = "<!-- wp:footnotes /-->"

    /// `html` without block markers (the footnotes marker kept) and the names of the
    /// self-closing blocks left out, with their counts.
    static func strip(_ html: String) -> (html: String, dynamicBlocks: [String: Int]) {
        guard html.contains("<!-- wp:") || html.contains("<!-- /wp:") else { return (html, [:]) }
        var dynamicBlocks: [String: Int] = [:]
        var lines: [Substring] = []
        for line in html.split(separator: "\n", omittingEmptySubsequences: false) {
            var output = ""
            var rest = line
            var removed = false
            while let open = rest.range(of: "<!-- ") {
                guard let marker = Marker(rest[open.upperBound...]) else {
                    output += rest[..<open.upperBound]
                    rest = rest[open.upperBound...]
                    continue
                }
                output += rest[..<open.lowerBound]
                rest = marker.rest
                if marker.name == "footnotes", marker.selfClosing {
                    output += footnotesMarker
                } else {
                    removed = true
                    if marker.selfClosing { dynamicBlocks[marker.name, default: 0] += 1 }
                }
            }
            output += rest
            if removed, output.allSatisfy(\.isWhitespace) { continue }
            lines.append(Substring(output))
        }
        return (lines.joined(separator: "\n"), dynamicBlocks)
    }

    /// One block marker, read after its `<!-- `.
    private struct Marker {
        /// The block's name without the `core/` namespace WordPress leaves implicit.
        var name: String
        var selfClosing: Bool
        /// The text after the marker's `-->`.
        var rest: Substring

        init?(_ text: Substring) {
            var body = text
            if body.hasPrefix("/") { body = body.dropFirst() }
            guard body.hasPrefix("wp:"), let end = body.range(of: "-->") else { return nil }
            let inside = body[body.index(body.startIndex, offsetBy: 3)..<end.lowerBound]
            let name = inside.prefix { !$0.isWhitespace && $0 != "/" }
            guard !name.isEmpty else { return nil }
            self.name = name.hasPrefix("core/") ? String(name.dropFirst(5)) : String(name)
            self.selfClosing = inside.trimmingCharacters(in: .whitespaces).hasSuffix("/")
            self.rest = body[end.upperBound...]
        }
    }
}

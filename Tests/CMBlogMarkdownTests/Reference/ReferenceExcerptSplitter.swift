// Reference implementation: the code as it was before it worked on UTF-8 bytes, kept only so
// the property tests can require the new code to give the same output for any input.

import Foundation
@testable import CMBlogMarkdown

/// Cuts an excerpt out of rendered HTML.
enum ReferenceExcerptSplitter {
    /// The HTML before a `<!--more-->` marker (spaces allowed inside it), with the elements
    /// left open at that point closed; nil when there is no marker.
    static func beforeMoreMarker(in html: String) -> String? {
        guard let marker = moreMarker(in: html) else { return nil }
        let prefix = String(html[..<marker])
        return (prefix + closingTags(for: prefix)).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The first `<p>…</p>` of the HTML.
    static func firstParagraph(in html: String) -> String? {
        guard let start = html.firstRange(of: "<p>") ?? html.firstRange(of: "<p "),
              let end = html[start.upperBound...].firstRange(of: "</p>")
        else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// Where the first `<!--more-->` (or `<!-- more -->`) starts.
    private static func moreMarker(in html: String) -> String.Index? {
        var rest = html[...]
        while let open = rest.firstRange(of: "<!--") {
            let inside = rest[open.upperBound...].drop(while: \.isWhitespace)
            if inside.hasPrefix("more"), inside.dropFirst(4).drop(while: \.isWhitespace).hasPrefix("-->") {
                return open.lowerBound
            }
            rest = rest[open.upperBound...]
        }
        return nil
    }

    /// The closing tags, innermost first, of the elements still open at the end of `html`.
    static func closingTags(for html: String) -> String {
        var open: [String] = []
        var rest = html[...]
        while let tagStart = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: tagStart)...]
            if rest.hasPrefix("!--") {
                guard let end = rest.range(of: "-->") else { break }
                rest = rest[end.upperBound...]
                continue
            }
            guard let tagEnd = rest.firstIndex(of: ">") else { break }
            let tag = rest[..<tagEnd]
            rest = rest[rest.index(after: tagEnd)...]
            let closing = tag.hasPrefix("/")
            let name = tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
            guard !name.isEmpty, !tag.hasSuffix("/"), !voidElements.contains(name) else { continue }
            if !closing {
                open.append(name)
            } else if let index = open.lastIndex(of: name) {
                open.removeSubrange(index...)
            }
        }
        return open.reversed().map { "</\($0)>" }.joined()
    }

    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
}

import CMBlogCore

/// Takes footnote references out of an excerpt: shown on a list page or in a feed, the
/// excerpt is cut from its text, and the footnotes its references point to are not there.
enum FootnoteReferences {
    /// `html` without each `<sup …>…</sup>` that holds a link to an anchor of its own page
    /// (`href="#…"`): cmark-gfm's `<sup class="footnote-ref"><a href="#fn-…">1</a></sup>` and
    /// WordPress's `<sup data-fn="…" class="fn"><a href="#…">1</a></sup>` alike.
    static func removed(from html: String) -> String {
        var copy = html
        return copy.withUTF8 { bytes in
            var boundaries = CharacterBoundaries(bytes, text: html)
            var output: [UInt8] = []
            var copied = 0
            var searchStart = 0
            // The first in-page link at or after the current `<sup`, found once for all the
            // `<sup>`s before it.
            var link = boundaries.firstOccurrence(of: "href=\"#", from: 0)
            while let found = link, let start = boundaries.firstOccurrence(of: "<sup", from: searchStart) {
                searchStart = start + 4
                if found < searchStart { link = boundaries.firstOccurrence(of: "href=\"#", from: searchStart) }
                guard let link, boundaries.hasCharacters(">", at: searchStart) || boundaries.hasCharacters(" ", at: searchStart) else { continue }
                guard let close = boundaries.firstOccurrence(of: "</sup>", from: searchStart) else { break }
                guard link < close else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<start]))
                copied = close + 6
                searchStart = copied
            }
            guard copied > 0 else { return nil }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: output, as: UTF8.self)
        } ?? html
    }
}

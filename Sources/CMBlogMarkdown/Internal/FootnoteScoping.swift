import CMBlogCore

/// Makes footnote ids unique to one text, so two texts on one page never share an id.
enum FootnoteScoping {
    /// `html` with `fn-…` and `fnref-…` ids and their links prefixed with `scope`:
    /// `id="fn-1"` becomes `id="fn-scope-1"`, `href="#fnref-1"` becomes `href="#fnref-scope-1"`.
    static func apply(to html: String, scope: String) -> String {
        guard !scope.isEmpty else { return html }
        var copy = html
        return copy.withUTF8 { bytes in
            var boundaries = CharacterBoundaries(bytes, text: html)
            guard boundaries.firstOccurrence(of: "fnref-", from: 0) != nil else { return nil }
            let scopeBytes = Array(scope.utf8) + [UInt8(ascii: "-")]
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 256)
            var copied = 0
            var searchStart = 0
            while let quote = boundaries.firstOccurrence(of: "\"", from: searchStart) {
                searchStart = quote + 1
                guard let end = footnoteIDEnd(afterQuote: quote, textStart: copied, &boundaries) else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<end]))
                output.append(contentsOf: scopeBytes)
                copied = end
                searchStart = end
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: output, as: UTF8.self)
        } ?? html
    }

    /// The end of `fn-` or `fnref-` when the quote at `quote` opens `id="fn-`, `id="fnref-`,
    /// `href="#fn-` or `href="#fnref-` (the attribute name not before `textStart`).
    private static func footnoteIDEnd(afterQuote quote: Int, textStart: Int, _ boundaries: inout CharacterBoundaries) -> Int? {
        let isHref = quote - 5 >= textStart && boundaries.hasCharacters("href=", at: quote - 5)
        let isID = quote - 3 >= textStart && boundaries.hasCharacters("id=", at: quote - 3)
        guard isHref || isID else { return nil }
        var value = quote + 1
        if isHref && boundaries.hasCharacters("#", at: value) { value += 1 }
        if boundaries.hasCharacters("fnref-", at: value) { return value + 6 }
        if boundaries.hasCharacters("fn-", at: value) { return value + 3 }
        return nil
    }
}

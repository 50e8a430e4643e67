import CMBlogCore
import CMBlogTestSupport
import Testing

@Suite struct CharacterBoundariesTests {
    @Test func boundariesAreThoseOfTheStringsCharacters() {
        for text in RandomHTMLText.samples(seed: 21, count: 2_000) {
            var characterStarts = Set(text.indices.map { text.utf8.distance(from: text.startIndex, to: $0) })
            characterStarts.insert(text.utf8.count)
            var copy = text
            copy.withUTF8 { bytes in
                var boundaries = CharacterBoundaries(bytes)
                for offset in 0...bytes.count where offset == bytes.count || !UTF8.isContinuation(bytes[offset]) {
                    let isBoundary = boundaries.isBoundary(at: offset)
                    #expect(isBoundary == characterStarts.contains(offset), "\(text.debugDescription) at \(offset)")
                }
            }
        }
    }

    @Test func charactersAroundAnOffset() {
        var text = "a\r\nb»\u{301};"
        text.withUTF8 { bytes in
            var boundaries = CharacterBoundaries(bytes)
            let results = (
                insideCRLF: boundaries.isBoundary(at: 2), afterCR: boundaries.characterEnd(after: 1),
                beforeSemicolon: boundaries.characterStart(before: 8), beforeMark: boundaries.isBoundary(at: 6),
                semicolon: boundaries.hasCharacters(";", at: 8), firstSemicolon: boundaries.firstOccurrence(of: ";", from: 0)
            )
            #expect(!results.insideCRLF)
            #expect(results.afterCR == 3)
            #expect(results.beforeSemicolon == 4)
            #expect(!results.beforeMark)
            #expect(results.semicolon)
            #expect(results.firstSemicolon == 8)
        }
    }
}

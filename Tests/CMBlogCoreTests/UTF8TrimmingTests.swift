import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

@Suite struct UTF8TrimmingTests {
    /// Random texts, their ends padded with spaces, line breaks and marks, are trimmed as
    /// `trimmingCharacters(in:)` trims them.
    @Test func trimsAsFoundationTrims() {
        var generator = SeededGenerator(seed: 31)
        let padding = [" ", "\t", "\n", "\r\n", "\u{A0}", "\u{202F}", "\u{2028}", "\u{85}", "\u{200B}", "\u{301}", "x"]
        for text in RandomHTMLText.samples(seed: 31, count: 3_000) {
            let padded = (0..<3).map { _ in padding.randomElement(using: &generator)! }.joined() + text
                + (0..<3).map { _ in padding.randomElement(using: &generator)! }.joined()
            for set in [CharacterSet.whitespaces, .whitespacesAndNewlines, .newlines] {
                #expect(UTF8Trimming.trimmed(padded, in: set) == padded.trimmingCharacters(in: set), "\(padded.debugDescription)")
            }
        }
    }
}

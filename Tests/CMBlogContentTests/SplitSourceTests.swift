@testable import CMBlogContent
import CMBlogTestSupport
import Testing

/// The byte-level splitter against the line-by-line version it replaced, on random files.
@Suite("Splitting front matter from the body")
struct SplitSourceTests {
    /// The reference: split into lines, find the fences, join the parts again.
    static func reference(_ text: String) -> SplitSource {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, SplitSource.isFence(first, "---") else {
            return SplitSource(frontMatter: nil, frontMatterLine: 1, body: text, bodyLine: 1)
        }
        guard let closing = lines.indices.dropFirst().first(where: { SplitSource.isFence(lines[$0], "---") || SplitSource.isFence(lines[$0], "...") }) else {
            return SplitSource(frontMatter: nil, frontMatterLine: 2, body: text, bodyLine: 1)
        }
        return SplitSource(frontMatter: lines[1..<closing].joined(separator: "\n"), frontMatterLine: 2,
                           body: lines[(closing + 1)...].joined(separator: "\n"), bodyLine: closing + 2)
    }

    @Test("matches the line-by-line split on random files")
    func randomFiles() {
        let pieces = ["---", "...", "\n", "\n", " ", "\t", "title: T", "é", "- x", "--", "----", "🙂", "a"]
        var generator = SeededGenerator(seed: 99)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(SplitSource(splitting: text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}

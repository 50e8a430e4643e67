import CMBlogComments
import CMBlogTestSupport
import Foundation
import Testing

/// Seeded random comment bodies built from hostile fragments and cut at random: the sanitizer
/// never crashes, its output is always inert, and sanitizing its own output changes nothing.
/// `CMBLOG_FUZZ_ITERATIONS` runs it longer than the default.
@Suite struct SanitizerFuzzTests {
    static let fragments = SanitizerSafetyTests.hostileInputs + [
        "<", ">", "</", "/>", "\"", "'", "=", "&", "&#", "&#x", ";", " ", "\n", "\0", "\u{FEFF}", "\u{202E}",
        "<a href=\"https://ok.example/\">", "</a>", "<p>", "</p>", "<em>", "</em>", "<blockquote>", "</blockquote>",
        "<!--", "-->", "<![CDATA[", "]]>", "<style>", "</script>", "javascript:", "https://x.example/?a=1&b=2", "é", "🙂",
    ]

    static var iterations: Int { ProcessInfo.processInfo.environment["CMBLOG_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 4_000 }

    @Test func randomBodiesComeOutInertAndStable() {
        var generator = SeededGenerator(seed: 0xC0FFEE)
        for _ in 0..<Self.iterations {
            var body = (0..<Int.random(in: 1...12, using: &generator)).map { _ in Self.fragments.randomElement(using: &generator)! }.joined()
            if Bool.random(using: &generator), !body.isEmpty {
                let cut = Int.random(in: 0..<body.unicodeScalars.count, using: &generator)
                body = String(String.UnicodeScalarView(body.unicodeScalars.prefix(cut)))
            }
            let once = CommentSanitizer.sanitize(body)
            #expect(InertMarkup.problems(in: once).isEmpty, "\(body.debugDescription) → \(once.debugDescription)")
            let twice = CommentSanitizer.sanitize(once)
            #expect(twice == once, "not stable: \(body.debugDescription) → \(once.debugDescription) → \(twice.debugDescription)")
        }
    }
}

import CMBlogImages
import Testing

@Suite("Line breaker")
struct LineBreakerTests {
    /// Ten pixels a character.
    private let breaker = LineBreaker(width: 100, maxLines: 2) { $0.count * 10 }

    @Test("fills each line with the words that fit")
    func fills() {
        #expect(breaker.lines(of: "un deux trois") == ["un deux", "trois"])
        #expect(LineBreaker(width: 100, maxLines: 5) { $0.count * 10 }.lines(of: "un deux trois quatre cinq") == ["un deux", "trois", "quatre", "cinq"])
    }

    @Test("a word wider than a line is cut where it overflows")
    func longWord() {
        #expect(LineBreaker(width: 50, maxLines: 9) { $0.count * 10 }.lines(of: "anticonstitutionnellement oui") == ["antic", "onsti", "tutio", "nnell", "ement", "oui"])
    }

    @Test("a huge title costs no more than a long one, and is cut")
    func huge() {
        var measured = 0
        let lines = LineBreaker(width: 100, maxLines: 3) { measured += 1; return $0.count * 10 }.lines(of: String(repeating: "T", count: 100_000))
        #expect(lines == ["TTTTTTTTTT", "TTTTTTTTTT", "TTTTTTTT …"])
        #expect(measured < 1_000)
    }

    @Test("past the last line, the text is cut with an ellipsis that fits")
    func cuts() {
        #expect(breaker.lines(of: "un deux trois quatre cinq six") == ["un deux", "trois …"])
    }
}

import CMBlogCore
import CMBlogTestSupport
import Testing

/// The byte-level escaper against a plain walk over Unicode scalars, on random text.
@Suite("Escaping bytes")
struct ByteEscaperTests {
    static let xml: [UInt8: String] = {
        var table: [UInt8: String] = [38: "&amp;", 60: "&lt;", 62: "&gt;", 34: "&quot;"]
        for control in UInt8(0)..<0x20 where ![9, 10, 13].contains(control) { table[control] = "" }
        return table
    }()

    /// The reference: scalar by scalar, as the escaping was first written.
    static func reference(_ text: String, _ table: [UInt8: String], dropsFFFEAndFFFF: Bool) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, let replacement = table[UInt8(scalar.value)] { output += replacement }
            else if dropsFFFEAndFFFF, scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
            else { output.unicodeScalars.append(scalar) }
        }
        return output
    }

    @Test("matches the scalar walk on random text")
    func randomText() {
        let alphabet: [Unicode.Scalar] = ["a", "&", "<", ">", "\"", "'", "\t", "\n", "\r", "\u{0}", "\u{7}", "\u{1F}", "é", "\u{FFFE}", "\u{FFFF}",
                                          "\u{FFFD}", "\u{FB01}", "\u{EFFF}", "😀", "ﾀ", " "]
        var generator = SeededGenerator(seed: 42)
        let escaper = ByteEscaper(Self.xml, dropsFFFEAndFFFF: true)
        let html = ByteEscaper([38: "&amp;", 60: "&lt;", 62: "&gt;", 34: "&quot;", 39: "&#39;"])
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &generator) { text.unicodeScalars.append(alphabet.randomElement(using: &generator)!) }
            #expect(escaper.escape(text) == Self.reference(text, Self.xml, dropsFFFEAndFFFF: true), "\(text.debugDescription)")
            #expect(html.escape(text) == Self.reference(text, [38: "&amp;", 60: "&lt;", 62: "&gt;", 34: "&quot;", 39: "&#39;"], dropsFFFEAndFFFF: false))
        }
    }

    @Test("a text with nothing to escape comes back as it is")
    func untouched() {
        #expect(ByteEscaper(Self.xml).escape("Bonjour, été ☕️") == "Bonjour, été ☕️")
        #expect(ByteEscaper(Self.xml).escape("") == "")
    }
}

@testable import CMBlogFeeds
import CMBlogTestSupport
import Foundation
import Testing

/// The hand-written JSON against `JSONSerialization`, which feeds were written with before.
@Suite("Pretty JSON")
struct PrettyJSONTests {
    static func random(_ generator: inout SeededGenerator, depth: Int) -> (PrettyJSON, Any) {
        let alphabet: [Unicode.Scalar] = ["a", "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{8}", "\u{C}", "\u{1F}", "\u{7F}", "é", "\u{2028}", "😀", " ", "<", "&"]
        switch depth > 2 ? 0 : Int.random(in: 0...2, using: &generator) {
        case 0:
            var text = ""
            for _ in 0..<Int.random(in: 0...12, using: &generator) { text.unicodeScalars.append(alphabet.randomElement(using: &generator)!) }
            return (.string(text), text)
        case 1:
            let items = (0..<Int.random(in: 1...3, using: &generator)).map { _ in random(&generator, depth: depth + 1) }
            return (.array(items.map(\.0)), items.map(\.1))
        default:
            var members: [String: PrettyJSON] = [:], values: [String: Any] = [:]
            for index in 0..<Int.random(in: 1...4, using: &generator) {
                let key = ["id", "url", "content_html", "a\(index)", "e_x", "z"].randomElement(using: &generator)!
                let (value, plain) = random(&generator, depth: depth + 1)
                members[key] = value
                values[key] = plain
            }
            return (.object(members), values)
        }
    }

    @Test("writes what JSONSerialization writes, byte for byte, on random values")
    func matchesFoundation() throws {
        var generator = SeededGenerator(seed: 2026)
        for _ in 0..<3_000 {
            let (value, plain) = Self.random(&generator, depth: 1)
            guard case .object = value else { continue }
            let data = try JSONSerialization.data(withJSONObject: plain, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            let expected = String(decoding: data, as: UTF8.self), actual = value.text
            let same = zip(actual.unicodeScalars, expected.unicodeScalars).prefix { $0 == $1 }.count
            #expect(actual == expected, "differs at \(same): \(String(String.UnicodeScalarView(actual.unicodeScalars.dropFirst(same).prefix(12))).debugDescription) instead of \(String(String.UnicodeScalarView(expected.unicodeScalars.dropFirst(same).prefix(12))).debugDescription)")
        }
    }
}

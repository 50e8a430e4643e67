import CMBlogTestSupport
@testable import CMBlogTemplates
import Foundation
import Testing

@Suite("JSON-LD text")
struct JSONLDTests {
    /// The keys schema.org data uses, mixed case and prefixes included.
    static let keys = ["@context", "@type", "author", "commentCount", "dateModified", "datePublished", "description", "headline", "image",
                       "inLanguage", "keywords", "mainEntity", "mainEntityOfPage", "publisher", "url", "itemListElement", "item",
                       "position", "name", "jobTitle", "sameAs", "logo", "width", "height"]
    static let pieces = ["a", "é", "«", " ", "\u{202F}", "<", ">", "&", "\"", "\\", "/", "\n", "\t", "\u{1}", "\u{1F}", "\u{7F}",
                         "\u{2028}", "👍🏽", "e\u{301}", "</script>", "\r\n", "0"]

    @Test("is what JSONSerialization writes with sorted keys and unescaped slashes, with < > & escaped")
    func matchesFoundation() throws {
        var generator = SeededGenerator(seed: 2026)
        for _ in 0..<500 {
            let (value, object) = Self.randomObject(depth: 0, using: &generator)
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            let expected = String(decoding: data, as: UTF8.self)
                .replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
                .replacingOccurrences(of: "&", with: "\\u0026")
            #expect(value.text == expected)
        }
    }

    private static func randomString(using generator: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    private static func randomValue(depth: Int, using generator: inout SeededGenerator) -> (JSONLD, Any) {
        switch depth > 2 ? Int.random(in: 0...1, using: &generator) : Int.random(in: 0...3, using: &generator) {
        case 0:
            let text = randomString(using: &generator)
            return (.string(text), text)
        case 1:
            let number = Int.random(in: -5000...5000, using: &generator)
            return (.int(number), number)
        case 2:
            let items = (0..<Int.random(in: 0...3, using: &generator)).map { _ in randomValue(depth: depth + 1, using: &generator) }
            return (.array(items.map(\.0)), items.map(\.1))
        default:
            return randomObject(depth: depth + 1, using: &generator)
        }
    }

    private static func randomObject(depth: Int, using generator: inout SeededGenerator) -> (JSONLD, [String: Any]) {
        var members: [String: JSONLD] = [:], object: [String: Any] = [:]
        for key in keys.shuffled(using: &generator).prefix(Int.random(in: 0...6, using: &generator)) {
            let (value, any) = randomValue(depth: depth, using: &generator)
            members[key] = value
            object[key] = any
        }
        return (.object(members), object)
    }
}

import CMBlogCore
import Foundation
import Testing

@Suite("YAML alias expansion is bounded")
struct YAMLExpansionTests {
    /// `a0: &a0 lol`, then `aN: &aN [*aN-1 x10]`: 10^levels values from a few lines.
    static func laughs(levels: Int) -> String {
        (["a0: &a0 lol"] + (1..<levels).map { n in
            "a\(n): &a\(n) [" + Array(repeating: "*a\(n - 1)", count: 10).joined(separator: ", ") + "]"
        }).joined(separator: "\n") + "\n"
    }

    func refusal(_ text: String, firstLine: Int = 1) -> Diagnostic? {
        do {
            _ = try YAMLValue.parse(text, path: "authors/x.yml", firstLine: firstLine)
            return nil
        } catch {
            return error.diagnostics.first
        }
    }

    @Test("billion laughs is refused at its line, anchors used or not")
    func billionLaughs() throws {
        let diagnostic = try #require(refusal(Self.laughs(levels: 9)))
        #expect(diagnostic.location.path == "authors/x.yml")
        #expect((diagnostic.location.line ?? 0) > 1, "\(diagnostic)")
        #expect(diagnostic.message.contains("aliases"))
        let asFrontMatter = try #require(refusal("title: T\n" + Self.laughs(levels: 9), firstLine: 2))
        #expect((asFrontMatter.location.line ?? 0) > 2)
    }

    @Test("a large anchor repeated thousands of times is refused")
    func largeAnchorRepeated() throws {
        let big = String(repeating: "x", count: 100_000)
        let text = "big: &big \(big)\nuses: [" + Array(repeating: "*big", count: 20_000).joined(separator: ", ") + "]\n"
        #expect(try #require(refusal(text)).location.line == 2)
    }

    @Test("an alias chain nested deeper than the limit is refused, not overflowing the stack")
    func deepAliasChain() throws {
        let text = "a0: &a0 x\n" + (1..<5_000).map { "a\($0): &a\($0) [*a\($0 - 1)]" }.joined(separator: "\n") + "\n"
        #expect(try #require(refusal(text)).message.contains("nested more than"))
    }

    @Test("an alias used as a key is refused before it is compared")
    func aliasKey() throws {
        let text = Self.laughs(levels: 9) + "keys:\n  *a8 : 1\n  ? *a8\n  : 2\n"
        let diagnostic = try #require(refusal(text))
        #expect(diagnostic.location.line == 11)
        #expect(diagnostic.message.contains("a key that is an alias"))
    }

    @Test("a list or mapping key holding an alias is refused before it is compared", arguments: [
        "k: {[*a8]: 1, [*a8, 2]: 2}\n", "g:\n  ? - *a8\n  : x\n  ? - *a8\n    - 1\n  : y\n", "g:\n  ?\n    *a8\n  : x\n",
        "h: {{k: *a8}: x, {k: *a8, j: 1}: y}\n", "[*a8]: 1\n",
    ])
    func complexKeys(keys: String) throws {
        let diagnostic = try #require(refusal(Self.laughs(levels: 9) + keys))
        #expect(diagnostic.location.line == 10 || diagnostic.location.line == 11, "\(diagnostic)")
    }

    @Test("ordinary anchors and aliases still read, and text with * and & is untouched")
    func ordinaryUse() throws {
        let value = try YAMLValue.parse("base: &base {role: Rédaction}\nana: *base\nbio: |\n  *Note* : R&D, *important :\n", path: "x.yml")
        #expect(value["ana"]?["role"]?.string == "Rédaction")
        #expect(value["bio"]?.string == "*Note* : R&D, *important :\n")
    }

    @Test("nesting past libyaml's own limit is a located error")
    func deepFlowNesting() throws {
        let text = "a: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n"
        #expect(try #require(refusal(text)).location.line == 1)
    }
}

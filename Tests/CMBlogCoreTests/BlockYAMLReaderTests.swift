@testable import CMBlogCore
import Testing

@Suite("Block YAML reader")
struct BlockYAMLReaderTests {
    @Test("reads the shapes of cmblog's files as Yams does", arguments: [
        "title: A\ntags:\n  - x\n  - y\n",
        "# Comments of \"A\".\nstatus: closed\ncomments:\n  - id: \"7225\"\n    author: \"Laineal\"\n    url: https://l.example.net/\n    body: \"<p>a \\\"b\\\" c</p>\"\n",
        "comments:\n- id: 1\n  body: x\n- id: 2\nstatus: open\n",
        "a:\nb: ~\nc: # nothing\nd: ''\ne: \"\"\n",
        "---\ntitle: Été à Lyon\ndate: 2024-06-11T09:00:00+02:00\n",
        "--- # front\nk: v\n",
        "body: |\n  line one\n\n  line two\n    indented\nnext: 1\n",
        "body: >-\n  folded\n  text\n\n  para\n   more\n  back\n",
        "body: |+\n  kept\n\n\nnext: x\n",
        "body: |-\n  stripped\n",
        "body: |2\n    two more\n",
        "- |\n  item\n- >\n  folded\n",
        "k: 'it''s'\nq: \"tab\\tnew\\nline \\u00e9 \\x41 \\U0001F600 \\\\ \\/ \\0\"\n",
        "clé: valeur # commentaire\n\"quoted key\": v\n'single': w\nurl: http://a.b/c#d\nx: a#b\n",
        "- - a\n  - b\n- - c\n",
        "- a: 1\n  b:\n    - x\n    - y\n  c: 3\n",
        "  indented: root\n  second: 2\n",
        "trailing:    spaces   \nempty_item:\n  -\n  - x\n",
        "",
        "# only a comment\n\n",
        "no final line break: yes",
        "body: |\n  no final break",
        "k: -1\nl: -x\nm: ?x\nn: :x\no: a:b\np: x[y]{z},\n",
        "tags: [a, \"b c\", 'd''e', -1, x:y , é à]\ncategories: [\"Morgea\"]\nempty: [ ]\nnone: {}\n",
        "reactions:\n  mastodon: {reposts: 12, likes: 40}\n  none: { }\n  quoted: {\"a b\": 'c', d: \"e\"}\n",
        "a: multi\n  line plain\n\n   with  a break   \nb:\n  text on the next line\nc:\n  \"quoted below\"\n",
        "- wrapped\n  - not an item\n-\n  below its dash\n- k: v\n   w\n",
        "comments: []\nlist:\n  - [a, b] # two\n  - []\n",
        "émoji 😀: clé\nvalue: 😀 « texte » ; oui\n",
    ])
    func accepted(text: String) {
        let comparison = BlockYAMLComparison(text, firstLine: 3)
        #expect(comparison.accepted, "left to Yams: \(text)")
        #expect(comparison.disagreement == nil, "\(text)")
    }

    @Test("leaves to Yams what it does not read, and the diagnostics stay Yams's", arguments: [
        "a: &x 1\nb: *x\n",
        "a: !tag 1\n",
        "m: {a}\n",
        "m: {a: }\n",
        "m: {a: 1, a: 2}\n",
        "m: {a: [b]}\n",
        "m: {a:1}\n",
        "m: {a: 1,}\n",
        "tags: [a, [b]]\n",
        "tags: [a: b]\n",
        "tags: [\"a\": b]\n",
        "tags: [a,]\n",
        "tags: [a, , b]\n",
        "tags: [a,\n  b]\n",
        "tags: [?x]\n",
        "tags: [a #c]\n",
        "tags: [a]b\n",
        "tags: [a]: b\n",
        "? complex\n: value\n",
        "%YAML 1.1\n---\na: 1\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\n...\n",
        "a: 1\na: 2\n",
        "a: 1\nb: '1'\nb: 2\n",
        "a:\n\tb: 1\n",
        "a: 1\n  b: 2\n",
        "a:\n  b: 1\n c: 2\n",
        "a: \"multi\n  line\"\n",
        "a: wrapped\n  b: c\n",
        "a: wrapped\n  with # a comment\n  inside\n",
        "a: plain # comment\n  more\n",
        "a: 'unterminated\n",
        "a: b: c\n",
        "a: \"x\" trailing\n",
        "a: \"bad \\q escape\"\n",
        "a: \"\\ud800\"\n",
        "a: \"\\x+1\"\n",
        "a: \"\\u00G1\"\n",
        "\u{FEFF}a: 1\n",
        "a: 1\r\nb: 2\r\n",
        "just a scalar\n",
        "---\n",
        "- a\nb: 1\n",
        "a: - b\n",
        "a: `x`\n",
        "a: @x\n",
        "a: x\u{85}y\n",
        "a: x\u{7F}\n",
        String(repeating: "k", count: 1100) + ": v\n",
    ])
    func leftToYams(text: String) {
        let comparison = BlockYAMLComparison(text, firstLine: 2)
        #expect(!comparison.accepted, "read: \(text)")
        #expect(comparison.disagreement == nil, "\(text)")
    }

    @Test("a duplicated key is still reported at its line by Yams")
    func duplicateDiagnostic() throws {
        let comparison = BlockYAMLComparison("title: A\ntitle: B\n", firstLine: 2)
        guard case .failure(let error) = comparison.parsed else {
            Issue.record("a duplicated key was read")
            return
        }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.message == "duplicated key title")
        #expect(diagnostic.location.line == 2)
    }

    @Test("bad indentation is still a located malformed-YAML error")
    func badIndentation() throws {
        guard case .failure(let error) = BlockYAMLComparison("a:\n  b: 1\n c: 2\n", firstLine: 5).parsed else {
            Issue.record("bad indentation was read")
            return
        }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.message.hasPrefix("malformed YAML"))
        #expect(diagnostic.location.line == 7)
    }

    @Test("nesting deeper than the reader goes is left to Yams")
    func deepNesting() {
        let text = (0..<60).map { String(repeating: " ", count: $0 * 2) + "k\($0):" }.joined(separator: "\n") + " leaf\n"
        let comparison = BlockYAMLComparison(text)
        #expect(!comparison.accepted)
        #expect(comparison.disagreement == nil)
    }
}

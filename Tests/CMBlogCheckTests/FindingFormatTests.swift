import CMBlogCheck
import CMBlogCore
import Foundation
import Testing

@Suite("Output formats of cmblog check")
struct FindingFormatTests {
    let findings = [
        Finding("links.broken", .error, at: SourceLocation(path: "content/posts/a, b.md", line: 7, column: 25), "the link /x/ leads nowhere: 100%\nsure"),
        Finding("pages.description", .warning, at: SourceLocation(path: "public/index.html"), "no description"),
    ]

    @Test("text: as compilers print, with the rule")
    func text() {
        #expect(FindingFormat.text.render(findings) == """
            content/posts/a, b.md:7:25: error: the link /x/ leads nowhere: 100%
            sure [links.broken]
            public/index.html: warning: no description [pages.description]

            """)
    }

    @Test("github: workflow commands with escaped properties and message")
    func github() {
        #expect(FindingFormat.github.render(findings) == """
            ::error file=content/posts/a%2C b.md,line=7,col=25,title=links.broken::the link /x/ leads nowhere: 100%25%0Asure
            ::warning file=public/index.html,title=pages.description::no description

            """)
    }

    @Test("json: a versioned report whose findings always have the same keys")
    func json() throws {
        let data = Data(FindingFormat.json.render(findings).utf8)
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(report["version"] as? Int == 1)
        #expect(report["errors"] as? Int == 1 && report["warnings"] as? Int == 1)
        let items = try #require(report["findings"] as? [[String: Any]])
        #expect(items.map { Set($0.keys) } == Array(repeating: ["severity", "file", "line", "column", "rule", "message"], count: 2))
        #expect(items[0]["line"] as? Int == 7 && items[0]["column"] as? Int == 25 && items[0]["rule"] as? String == "links.broken")
        #expect(items[1]["line"] is NSNull && items[1]["severity"] as? String == "warning")
    }
}

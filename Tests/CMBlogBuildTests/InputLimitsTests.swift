import CMBlogBuild
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

/// Content at the far edge of what people write: reply chains thousands deep, posts with
/// hundreds of tags. The build finishes, shows everything, and says what looks wrong.
@Suite("Input limits")
struct InputLimitsTests {
    @Test("a reply chain 8,000 deep builds; replies past the fifth level are shown at the fifth, saying whom they answer")
    func deepThread() async throws {
        let length = 8_000
        var thread = "comments:\n"
        for index in 1...length {
            thread += "  - id: \"\(index)\"\n    parent: \(index == 1 ? "null" : "\"\(index - 1)\"")\n    author: Reader \(index)\n"
            thread += "    date: 2020-01-02T10:00:00Z\n    body: Reply \(index)\n"
        }
        let site = try writeSite("-- comments/first.yml --\n\(thread)")
        let output = try temporaryFolder().appending(path: "public")
        try await build(site, into: output)
        let page = try String(contentsOf: output.appending(path: "2020/01/first/index.html"), encoding: .utf8)
        #expect(page.components(separatedBy: "<li class=\"comment depth-").count == length + 1)
        #expect(page.contains("<li class=\"comment depth-5\" id=\"comment-\(length)\">"))
        #expect(!page.contains("depth-6"))
        #expect(page.contains("<a href=\"#comment-\(length - 1)\">"))
        let feed = try String(contentsOf: output.appending(path: "2020/01/first/comments.xml"), encoding: .utf8)
        #expect(feed.contains("Reply \(length)"))
    }

    @Test("more than 100 tags on a post is a warning at its line; its page shows them all, feeds list 100")
    func wideTaxonomy() async throws {
        let tags = (1...150).map { "tag \($0)" }.joined(separator: ", ")
        let site = try writeSite("-- content/posts/wide.md --\n---\ntitle: Wide\ndate: 2020-02-01\nauthor: ana\ntags: [\(tags)]\n---\nMany tags.")
        let output = try temporaryFolder().appending(path: "public")
        let report = try await build(site, into: output)
        let warnings = report.diagnostics.map(\.description)
        #expect(warnings.contains { $0.hasPrefix("content/posts/wide.md:5:1: warning: 150 tags on one post") }, "\(warnings)")
        let page = try String(contentsOf: output.appending(path: "2020/02/wide/index.html"), encoding: .utf8)
        #expect(page.components(separatedBy: "rel=\"tag\"").count == 151)
        for feed in ["tags/tag-150/feed.xml", "tags/tag-150/rss.xml", "feed.xml"] {
            let text = try String(contentsOf: output.appending(path: feed), encoding: .utf8)
            #expect(text.components(separatedBy: "<category").count == 101, "\(feed)")
        }
        #expect(FileManager.default.fileExists(atPath: output.appending(path: "tags/tag-150/index.html").path))
    }
}

import CMBlogBuild
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

/// Content at the far edge of what people write: posts with hundreds of tags. The build
/// finishes, shows everything, and says what looks wrong.
@Suite("Input limits")
struct InputLimitsTests {
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

import CMBlogComments
import CMBlogCore
import CMBlogImport
import CMBlogTestSupport
import Foundation
import Testing

/// Input whose depth is in the hands of whoever wrote it: nested elements, reply chains,
/// page hierarchies. Nothing recurses over it; what is deeper than any real export is refused
/// with its line, and long chains are read in linear time.
@Suite struct DeepStructureTests {
    @Test func fiftyThousandNestedElementsAreRefusedWithTheirLine() async throws {
        let depth = 50_000
        let xml = ImportFixtures.wxrHead + String(repeating: "<div>\n", count: depth) + String(repeating: "</div>", count: depth) + "\n</channel></rss>\n"
        let (input, target) = try ImportFixtures.write(xml)
        let error = try await #require(throws: DiagnosticError.self) { try await ImportFixtures.run(.wordpress, input, into: target) }
        let headLines = ImportFixtures.wxrHead.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        // <rss> and <channel> are two levels: the 255th <div> is the 257th level.
        #expect(error.diagnostics.first?.location.line == headLines + 255)
        #expect(error.description.contains("nested more than 256 levels"))
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test func elementsNestedWithinTheLimitAreRead() async throws {
        let xml = ImportFixtures.wxrHead + String(repeating: "<div>", count: 200) + String(repeating: "</div>", count: 200) + ImportFixtures.wxrItem(id: 1) + "</channel></rss>\n"
        let (input, target) = try ImportFixtures.write(xml)
        let (plan, _) = try await ImportFixtures.run(.wordpress, input, into: target)
        #expect(plan.report.posts == 1)
    }

    @Test func aWordPressReplyChainEightThousandDeepIsImported() async throws {
        let depth = 8_000
        var comments = ""
        for id in 1...depth {
            comments += "<wp:comment><wp:comment_id>\(id)</wp:comment_id><wp:comment_author>Lecteur \(id)</wp:comment_author>"
            comments += "<wp:comment_date>2012-01-02 10:00:00</wp:comment_date><wp:comment_content>Réponse \(id)</wp:comment_content>"
            comments += "<wp:comment_approved>1</wp:comment_approved><wp:comment_parent>\(id - 1)</wp:comment_parent></wp:comment>\n"
        }
        let (input, target) = try ImportFixtures.write(ImportFixtures.wxrHead + ImportFixtures.wxrItem(id: 1, comments: comments) + "</channel></rss>\n")
        let (plan, _) = try await ImportFixtures.run(.wordpress, input, into: target)
        #expect(plan.report.comments[.comment] == depth)
        let text = try ImportFixtures.text("comments/billet-1.yml", in: target)
        let thread = try #require(CommentThreadParser(timeZone: .gmt).parse(text, path: "t.yml").0)
        let byID = Dictionary(uniqueKeysWithValues: thread.comments.map { ($0.id, $0) })
        #expect(byID.count == depth)
        #expect(byID["8000"]?.parentID == "7999" && byID["2"]?.parentID == "1" && byID["1"]?.parentID == nil)
        // Importing again reads the 8,000 comments back from the file and adds none.
        let (_, again) = try await ImportFixtures.run(.wordpress, input, into: target)
        #expect(again.written == ["import/wordpress-report.md"])
    }

    @Test func aDisqusReplyChainEightThousandDeepIsImported() async throws {
        let target = try Subprocess.temporaryFolder().appending(path: "site")
        try await ImportFixtures.run(.wordpress, ImportFixtures.wordpress, into: target)
        let depth = 8_000
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
            <thread dsq:id="1"><id>pourquoi-nous-signons</id><link>https://atelier.example.org/2012/03/14/pourquoi-nous-signons/</link><title>Pourquoi</title></thread>

            """
        for id in 1...depth {
            xml += "<post dsq:id=\"d\(id)\"><message>Réponse \(id)</message><createdAt>2012-03-15T10:00:00Z</createdAt>"
            xml += "<author><name>Lecteur \(id)</name></author><thread dsq:id=\"1\"/>" + (id > 1 ? "<parent dsq:id=\"d\(id - 1)\"/>" : "") + "</post>\n"
        }
        let input = target.deletingLastPathComponent().appending(path: "disqus.xml")
        try Data((xml + "</disqus>\n").utf8).write(to: input)
        let (plan, _) = try await ImportFixtures.run(.disqus, input, into: target)
        #expect(plan.report.comments[.comment] == depth)
        let text = try ImportFixtures.text("comments/pourquoi-nous-signons.yml", in: target)
        let thread = try #require(CommentThreadParser(timeZone: .gmt).parse(text, path: "t.yml").0)
        #expect(thread.comments.first { $0.id == "d8000" }?.parentID == "d7999")
    }

    @Test func pagesNestedDeeperThanAnySiteAreRefusedWithTheirLine() async throws {
        var xml = ImportFixtures.wxrHead
        for id in 1...2_000 { xml += ImportFixtures.wxrItem(id: id, parent: id - 1, type: "page") }
        let (input, target) = try ImportFixtures.write(xml + "</channel></rss>\n")
        let error = try await #require(throws: DiagnosticError.self) { try await ImportFixtures.run(.wordpress, input, into: target) }
        #expect(error.description.contains("more than 32 levels"))
        let line = try #require(error.diagnostics.first?.location.line)
        let text = xml.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(text[line - 1].contains("<item><title>Billet 34</title>"), "the first page 33 levels down: \(text[line - 1])")
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test func pagesWithinTheLimitKeepTheirNestedPaths() async throws {
        var xml = ImportFixtures.wxrHead
        for id in 1...3 { xml += ImportFixtures.wxrItem(id: id, parent: id - 1, type: "page") }
        xml += ImportFixtures.wxrItem(id: 9, parent: 9, type: "page")
        let (input, target) = try ImportFixtures.write(xml + "</channel></rss>\n")
        try await ImportFixtures.run(.wordpress, input, into: target)
        #expect(FileManager.default.fileExists(atPath: target.appending(path: "content/pages/billet-1/billet-2/billet-3.html").path))
        #expect(FileManager.default.fileExists(atPath: target.appending(path: "content/pages/billet-9.html").path), "a page that is its own parent stays at the top")
    }
}

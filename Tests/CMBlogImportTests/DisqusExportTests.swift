import CMBlogComments
import CMBlogCore
import CMBlogImport
import CMBlogTestSupport
import Foundation
import Testing

/// A Disqus export with a comment without `dsq:id`, a thread link ending in `index.html`, a
/// deleted thread, a comment of no thread and a reply to a deleted comment.
@Suite struct DisqusExportTests {
    @Test func everyKindOfCommentFindsItsPlaceOrIsCounted() async throws {
        let site = try await ImportedSiteBuild.make([(.wordpress, CurrentWordPressExportTests.fixture), (.disqus, "disqus-robust.xml")])
        let report = site.plan.report
        #expect(report.skipped == ["deleted comments": 1, "comments of deleted threads": 1, "comments of no thread": 1])
        #expect(report.unmatchedThreads.isEmpty, "the link ending in index.html names the post")
        #expect(report.comments[.comment] == 3)

        let text = try ImportFixtures.text("comments/pourquoi-nous-signons.yml", in: site.source)
        let thread = try #require(CommentThreadParser(timeZone: TimeZone(identifier: "Europe/Paris")!).parse(text, path: "t.yml").0)
        let byID = Dictionary(uniqueKeysWithValues: thread.comments.map { ($0.id, $0) })
        #expect(byID["9103"]?.parentID == "9101", "a reply to a deleted comment answers the comment above it")
        #expect(byID["9102"] == nil && byID["9201"] == nil && byID["9301"] == nil)
        let derived = try #require(thread.comments.first { $0.id.hasPrefix("disqus-") }, "a comment without dsq:id gets an id")
        #expect(derived.author == "Nina")

        let page = try #require(site.built("2023/03/pourquoi-nous-signons/index.html"))
        for id in ["501", "502", "9101", "9103", derived.id] { #expect(page.contains("id=\"comment-\(id)\""), "\(id)") }
        #expect(!page.contains("Sur un fil supprimé") && !page.contains("Propos retirés"))

        let again = try await ImportFixtures.run(.disqus, ImportFixtures.folder.appending(path: "disqus-robust.xml"), into: site.source)
        #expect(!again.1.written.contains { $0.hasPrefix("comments/") }, "the derived id is the same on every import")
    }
}

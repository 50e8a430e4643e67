import CMBlogComments
import CMBlogContent
import CMBlogCore
import CMBlogImport
import CMBlogTestSupport
import Foundation
import Testing

@Suite struct OtherImportersTests {
    @Test func jekyllPostsAreCopiedWithAuthorIDsAndRepairedText() async throws {
        let target = try Subprocess.temporaryFolder().appending(path: "site")
        let (plan, _) = try await ImportFixtures.run(.jekyll, ImportFixtures.jekyll, into: target)
        #expect(ImportFixtures.files(in: target) == [
            "authors/bertrand-exemple.yml", "authors/claire-dupont.yml",
            "content/posts/2014-04-02-competence.md", "content/posts/2014-05-10-dialogue.markdown", "import/jekyll-report.md",
        ])
        let post = try ImportFixtures.text("content/posts/2014-04-02-competence.md", in: target)
        #expect(post.contains("\nauthor: bertrand-exemple\n"))
        #expect(post.contains("permalink: /community-management-competence/\n"))
        #expect(post.contains("en parler à tout le monde : c’est l’essentiel."))
        let second = try ImportFixtures.text("content/posts/2014-05-10-dialogue.markdown", in: target)
        #expect(second.contains("authors:\n  - bertrand-exemple\n  - claire-dupont\n"))
        #expect(try ImportFixtures.text("authors/claire-dupont.yml", in: target) == "name: Claire Dupont\n")
        #expect(plan.report.repairs == 2 && plan.report.drafts == 1)
    }

    @Test func disqusThreadsJoinTheirPostsByURLOrIdentifier() async throws {
        let target = try Subprocess.temporaryFolder().appending(path: "site")
        try await ImportFixtures.run(.wordpress, ImportFixtures.wordpress, into: target)
        let (plan, _) = try await ImportFixtures.run(.disqus, ImportFixtures.disqus, into: target)
        let zone = TimeZone(identifier: "Europe/Paris")!
        let parser = CommentThreadParser(timeZone: zone)
        let moved = try #require(parser.parse(try ImportFixtures.text("comments/nouvelles-du-four.yml", in: target), path: "a.yml").0)
        #expect(moved.status == .closed)
        #expect(moved.comments.map(\.id) == ["9001", "9002", "9003"], "matched by the identifier's WordPress id; spam and deleted ones skipped")
        #expect(moved.comments[0].author == "Marc Élie")
        #expect(moved.comments[2].parentID == "9002")
        #expect(moved.comments[1].authorID == "bruno", "a site author is recognized by e-mail")
        let merged = try #require(parser.parse(try ImportFixtures.text("comments/pourquoi-nous-signons.yml", in: target), path: "b.yml").0)
        #expect(merged.comments.contains { $0.id == "9006" }, "matched by URL, added to the WordPress thread")
        #expect(merged.comments.contains { $0.id == "412" })
        #expect(plan.report.unmatchedThreads.count == 1 && plan.report.unmatchedThreads[0].contains("disparu"))
        #expect(plan.report.skipped == ["spam comments": 1, "deleted comments": 1])

        let (_, again) = try await ImportFixtures.run(.disqus, ImportFixtures.disqus, into: target)
        #expect(again.written.isEmpty || again.written == ["import/disqus-report.md"], "importing twice adds no comment")
    }
}

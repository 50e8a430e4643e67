import CMBlogCore
import CMBlogImport
import CMBlogTestSupport
import Foundation
import Testing

/// WordPress items an export can hold but a site would not expect: shared slugs, no date.
@Suite struct WordPressItemTests {
    @Test func itemsSharingASlugGetTheFirstFreeSuffix() async throws {
        let items = [ImportFixtures.wxrItem(id: 1, name: "a"), ImportFixtures.wxrItem(id: 2, name: "a"), ImportFixtures.wxrItem(id: 3, name: "a-3"),
                     ImportFixtures.wxrItem(id: 4, name: "a"), ImportFixtures.wxrItem(id: 5, name: "a-2")]
        let (input, target) = try ImportFixtures.write(ImportFixtures.wxrHead + items.joined() + "</channel></rss>\n")
        let plan = try await Importer(target: target).plan(.wordpress, from: input)
        #expect(plan.files.map(\.path).filter { $0.hasPrefix("content/") } == [
            "content/posts/2012-01-01-a.html", "content/posts/2012-01-01-a-2.html", "content/posts/2012-01-01-a-3.html",
            "content/posts/2012-01-01-a-4.html", "content/posts/2012-01-01-a-2-2.html",
        ])
        #expect(plan.report.warnings.filter { $0.message.contains("is taken by another item") }.count == 3)
    }

    @Test func aPostWithoutAnyDateIsLeftOutAndToldAtItsLine() async throws {
        let xml = ImportFixtures.wxrHead + ImportFixtures.wxrItem(id: 1) + ImportFixtures.wxrItem(id: 2, date: "") + "</channel></rss>\n"
        let (input, target) = try ImportFixtures.write(xml)
        let plan = try await Importer(target: target).plan(.wordpress, from: input)
        let warnings = plan.report.warnings.filter { $0.message.contains("has no date") }
        #expect(warnings.map(\.location) == [SourceLocation(path: input.path, line: 7)], "the second item starts on line 7")
        #expect(plan.report.skipped == ["posts without a date": 1])
        #expect(plan.files.map(\.path).filter { $0.hasPrefix("content/") } == ["content/posts/2012-01-01-billet-1.html"], "no file the build would refuse")
    }
}

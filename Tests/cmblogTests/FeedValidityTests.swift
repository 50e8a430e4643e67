import CMBlogTestSupport
import Foundation
import Testing

/// Builds the example site and reads every feed with feedparser, as a feed reader would.
@Suite("Feeds of the example site")
struct FeedValidityTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("every feed is well formed and read without complaint; every entry has title, link, id, date, author and content or summary")
    func exampleSiteFeeds() throws {
        let checked = try check(Self.repository.appending(path: "example-site"))
        #expect(checked.status == 0, "\(checked.output)\(checked.error)")
        #expect(checked.output.contains(" 0 problems"))
    }

    @Test("with fewer feeds, summaries in the site's feed and no comment feeds, what is left reads well and pages link only it")
    func leanFeeds() throws {
        let source = try newFolder().appending(path: "site")
        // Only the sources: other tests build the example site meanwhile, rewriting its output and cache.
        let example = Self.repository.appending(path: "example-site")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: example.path) where name != "public" && name != ".cmblog" {
            try FileManager.default.copyItem(at: example.appending(path: name), to: source.appending(path: name))
        }
        let settings = source.appending(path: "cmblog.yml")
        let lean = "feeds:\n  site: { formats: [atom, rss], content: summary }\n  authors: { formats: [json] }\n"
            + "  categories: { formats: [] }\n  tags: { formats: [atom] }\n  comments: { formats: [] }\n"
        try (String(contentsOf: settings, encoding: .utf8) + lean).write(to: settings, atomically: true, encoding: .utf8)
        let checked = try check(source)
        #expect(checked.status == 0, "\(checked.output)\(checked.error)")
        #expect(checked.output.contains(" 0 problems"))
        let all = try check(Self.repository.appending(path: "example-site"))
        #expect(Self.feedCount(checked.output) < Self.feedCount(all.output) / 2, "\(checked.output) against \(all.output)")
    }

    @Test("on a site with two languages, every feed below the root carries only its language's entries")
    func feedsPerLanguage() throws {
        let fixture = Self.repository.appending(path: "Tests/Fixtures/Sites/bilingual")
        let checked = try check(fixture, "--one-language-per-feed")
        #expect(checked.status == 0, "\(checked.output)\(checked.error)")
        #expect(checked.output.contains(" 0 problems"))
        #expect(Self.feedCount(checked.output) >= 30)
    }

    /// Builds `source` and runs `scripts/check-feeds.py` over the result.
    func check(_ source: URL, _ options: String...) throws -> Subprocess.Result {
        let output = try newFolder().appending(path: "public")
        let built = try cmblog("build", "--quiet", "--source", source.path, "--output", output.path)
        try #require(built.status == 0, "\(built.error)")
        let python = try #require(Self.pythonWithFeedparser(), "install feedparser (scripts/install-dependencies)")
        return try Subprocess.run(python, [Self.repository.appending(path: "scripts/check-feeds.py").path] + options + [output.path])
    }

    /// The number of feeds `check-feeds.py` read ("24 feeds, …").
    static func feedCount(_ output: String) -> Int {
        output.split(separator: "\n").last.flatMap { Int($0.prefix { $0.isNumber }) } ?? 0
    }

    /// `python3` on the PATH if it has feedparser, else the system's (where apt installs it).
    static func pythonWithFeedparser() -> URL? {
        let candidates = [Subprocess.find("python3"), URL(fileURLWithPath: "/usr/bin/python3")].compactMap { $0 }
        return candidates.first { python in
            (try? Subprocess.run(python, ["-c", "import feedparser"]).status) == 0
        }
    }
}

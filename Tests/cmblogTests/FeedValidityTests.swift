import CMBlogTestSupport
import Foundation
import Testing

/// Builds the example site and reads every feed with feedparser, as a feed reader would.
@Suite("Feeds of the example site")
struct FeedValidityTests {
    @Test("every feed is well formed and read without complaint; every entry has title, link, id, date and author")
    func exampleSiteFeeds() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let output = try newFolder().appending(path: "public")
        let built = try cmblog("build", "--quiet", "--source", repository.appending(path: "example-site").path, "--output", output.path)
        try #require(built.status == 0, "\(built.error)")
        let python = try #require(Self.pythonWithFeedparser(), "install feedparser (scripts/install-dependencies)")
        let checked = try Subprocess.run(python, [repository.appending(path: "scripts/check-feeds.py").path, output.path])
        #expect(checked.status == 0, "\(checked.output)\(checked.error)")
        #expect(checked.output.contains(" 0 problems"))
    }

    /// `python3` on the PATH if it has feedparser, else the system's (where apt installs it).
    static func pythonWithFeedparser() -> URL? {
        let candidates = [Subprocess.find("python3"), URL(fileURLWithPath: "/usr/bin/python3")].compactMap { $0 }
        return candidates.first { python in
            (try? Subprocess.run(python, ["-c", "import feedparser"]).status) == 0
        }
    }
}

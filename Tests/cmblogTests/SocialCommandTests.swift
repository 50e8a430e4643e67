import CMBlogTestSupport
import Foundation
import Testing

@Suite("Syndicate and ping commands")
struct SocialCommandTests {
    func site(hub: URL? = nil, mastodon: URL? = nil) throws -> URL {
        let date = Date().addingTimeInterval(-86_400).formatted(.iso8601.year().month().day())
        return try InlineFixture("""
            -- cmblog.yml --
            title: Mini
            baseURL: https://mini.example.com/
            \(hub.map { "websub_hub: \($0)" } ?? "")
            syndication:
              mastodon:
                server: \(mastodon?.absoluteString ?? "https://social.example")
              x:
            -- authors/ana.yml --
            name: Ana
            -- content/posts/news.md --
            ---
            title: Fresh news
            date: \(date)
            author: ana
            tags: [launch]
            ---
            A new thing.
            """).write()
    }

    @Test("syndicate prints each copy with its length and posts nothing without --publish")
    func dryRun() throws {
        let result = try cmblog("syndicate", in: try site())
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("content/posts/news.md → https://mini.example.com/"))
        #expect(result.output.contains("  Mastodon ("))
        #expect(result.output.contains("  X (58/280)"))
        #expect(result.output.contains("    │ #launch"))
        #expect(result.output.contains("Dry run: nothing was posted."))
    }

    @Test("syndicate --publish posts, records the URL, and says X is for posting by hand")
    func publish() throws {
        let server = try LoopbackHTTPServer { _ in (200, #"{"id":"1","url":"https://social.example/@mini/1"}"#) }
        defer { server.stop() }
        let source = try site(mastodon: server.url)
        let missing = try cmblog("syndicate", "--publish", in: source, environment: ["MASTODON_TOKEN": ""])
        #expect(missing.status == 1)
        #expect(missing.error.contains("set MASTODON_TOKEN"))
        let result = try cmblog("syndicate", "--publish", in: source, environment: ["MASTODON_TOKEN": "t"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Posted content/posts/news.md to Mastodon: https://social.example/@mini/1"))
        #expect(result.output.contains("X copies are printed above for posting by hand"))
        let file = try String(contentsOf: source.appending(path: "content/posts/news.md"), encoding: .utf8)
        #expect(file.contains("tags: [launch]\nsyndication:\n  - https://social.example/@mini/1\n---\n"))
        #expect(server.requests.count == 1)
    }

    @Test("ping tells the hub about the built feeds, then only about changed ones")
    func ping() throws {
        let hub = try LoopbackHTTPServer { _ in (204, "") }
        defer { hub.stop() }
        let source = try site(hub: hub.url)
        #expect(try cmblog("build", in: source).status == 0)
        let first = try cmblog("ping", in: source)
        #expect(first.status == 0, "\(first.error)")
        // The site, its author and its tag, three formats each.
        #expect(first.output.contains("Pinged \(hub.url) for 9 feeds."))
        #expect(FileManager.default.fileExists(atPath: source.appending(path: ".cmblog/websub.json").path))
        let second = try cmblog("ping", in: source)
        #expect(second.output.contains("No feed changed since the last ping."))
        #expect(hub.requests.count == 9)
    }

    @Test("ping tells the hub only about the feeds the settings keep")
    func pingFewerFeeds() throws {
        let hub = try LoopbackHTTPServer { _ in (204, "") }
        defer { hub.stop() }
        let source = try site(hub: hub.url)
        let settings = source.appending(path: "cmblog.yml")
        try (String(contentsOf: settings, encoding: .utf8) + "feeds: { authors: { formats: [atom] }, tags: { formats: [] } }\n")
            .write(to: settings, atomically: true, encoding: .utf8)
        #expect(try cmblog("build", in: source).status == 0)
        let pinged = try cmblog("ping", in: source)
        #expect(pinged.status == 0, "\(pinged.error)")
        #expect(pinged.output.contains("Pinged \(hub.url) for 4 feeds."))
        let topics = hub.requests.map { String(decoding: $0.body, as: UTF8.self) }
        #expect(topics.contains { $0.hasSuffix("authors%2Fana%2Ffeed.xml") })
        #expect(!topics.contains { $0.contains("tags") || $0.contains("authors%2Fana%2Frss.xml") })
    }
}

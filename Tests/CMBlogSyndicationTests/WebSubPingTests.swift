import CMBlogCore
import CMBlogSyndication
import CMBlogTestSupport
import Foundation
import Testing

/// `cmblog ping` against a fake hub on 127.0.0.1.
@Suite("WebSub pings")
struct WebSubPingTests {
    func builtSite() throws -> URL {
        try InlineFixture("""
            -- feed.xml --
            <feed>site</feed>
            -- rss.xml --
            <rss>site</rss>
            -- authors/ana/feed.json --
            {"items": []}
            -- 2026/04/post/comments.xml --
            <feed>comments</feed>
            -- 2026/04/post/index.html --
            <p>not a feed</p>
            -- about-comments.xml --
            <feed>comments of /about.html</feed>
            """).write()
    }

    func ping(_ output: URL, hub: URL?) throws -> WebSubPing {
        var config = SiteConfig(title: "Mini", baseURL: URL(string: "https://mini.example.com/blog/")!)
        config.websubHub = hub?.absoluteString
        return WebSubPing(config: config, output: output, stateFile: try Subprocess.temporaryFolder().appending(path: "state/websub.json"))
    }

    @Test("pings every feed the first time, then only the ones that changed")
    func changedOnly() async throws {
        let hub = try LoopbackHTTPServer { _ in (204, "") }
        defer { hub.stop() }
        let output = try builtSite()
        let ping = try ping(output, hub: hub.url.appending(path: "hub"))
        let failures = try await ping.ping(try ping.changedFeeds())
        #expect(failures.isEmpty)
        let bodies = hub.requests.map { String(decoding: $0.body, as: UTF8.self) }
        #expect(bodies == [
            "hub.mode=publish&hub.url=https%3A%2F%2Fmini.example.com%2Fblog%2F2026%2F04%2Fpost%2Fcomments.xml",
            "hub.mode=publish&hub.url=https%3A%2F%2Fmini.example.com%2Fblog%2Fabout-comments.xml",
            "hub.mode=publish&hub.url=https%3A%2F%2Fmini.example.com%2Fblog%2Fauthors%2Fana%2Ffeed.json",
            "hub.mode=publish&hub.url=https%3A%2F%2Fmini.example.com%2Fblog%2Ffeed.xml",
            "hub.mode=publish&hub.url=https%3A%2F%2Fmini.example.com%2Fblog%2Frss.xml",
        ])
        #expect(hub.requests.allSatisfy { $0.path == "/hub" && $0.headers["content-type"] == "application/x-www-form-urlencoded" })
        #expect(try ping.changedFeeds().isEmpty)

        try Data("<feed>site, new post</feed>".utf8).write(to: output.appending(path: "feed.xml"))
        #expect(try ping.changedFeeds().map(\.url) == ["https://mini.example.com/blog/feed.xml"])
        #expect(try ping.changedFeeds(all: true).count == 5)
    }

    @Test("a refused ping is reported and tried again next time")
    func refused() async throws {
        let hub = try LoopbackHTTPServer { request in
            String(decoding: request.body, as: UTF8.self).contains("rss.xml") ? (400, #"{"error":"bad topic"}"#) : (202, "")
        }
        defer { hub.stop() }
        let ping = try ping(try builtSite(), hub: hub.url)
        let failures = try await ping.ping(try ping.changedFeeds())
        #expect(failures.map(\.feed.url) == ["https://mini.example.com/blog/rss.xml"])
        #expect(failures[0].message.contains("HTTP 400, bad topic"))
        #expect(try ping.changedFeeds().map(\.url) == ["https://mini.example.com/blog/rss.xml"])
    }

    @Test("without websub_hub there is nothing to ping")
    func noHub() async throws {
        let ping = try ping(try builtSite(), hub: nil)
        await #expect(throws: DiagnosticError.self) { _ = try await ping.ping(try ping.changedFeeds()) }
    }
}

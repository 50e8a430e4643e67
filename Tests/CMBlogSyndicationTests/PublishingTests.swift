import CMBlogContent
import CMBlogCore
import CMBlogSyndication
import CMBlogTestSupport
import Foundation
import Testing

/// `cmblog syndicate --publish` against fake Mastodon and Bluesky servers on 127.0.0.1.
@Suite("Publishing copies")
struct PublishingTests {
    static let now = ContentDate.parse("2026-05-01T12:00:00Z", timeZone: TimeZone(identifier: "UTC")!)!
    static let environment = ["MASTODON_TOKEN": "masto-secret", "BLUESKY_APP_PASSWORD": "app-pass"]
    static let post = """
        ---
        title: "Samedi : dégustation"
        date: 2026-04-20
        author: ana
        summary: Venez goûter le nouveau lot, café en main.
        tags: [dégustation, Lyon]
        image: /images/card.png
        ---
        Le texte, avec "syndication:" dedans.

        """

    /// A fake network: Mastodon at /api/v1/statuses, Bluesky's PDS at /xrpc/…; `failing` answers 500.
    static func server(failing: Set<String> = []) throws -> LoopbackHTTPServer {
        try LoopbackHTTPServer { request in
            if failing.contains(where: request.path.contains) { return (500, #"{"error":"InternalError","message":"down for tests"}"#) }
            switch request.path {
            case "/api/v1/statuses": return (200, #"{"id":"113","url":"https://social.example/@brand/113"}"#)
            case "/xrpc/com.atproto.server.createSession":
                return (200, #"{"accessJwt":"jwt-1","refreshJwt":"r","did":"did:plc:brand","handle":"brand.example.com"}"#)
            case "/xrpc/com.atproto.repo.uploadBlob":
                return (200, #"{"blob":{"$type":"blob","ref":{"$link":"bafk"},"mimeType":"image/png","size":33}}"#)
            case "/xrpc/com.atproto.repo.createRecord":
                return (200, #"{"uri":"at://did:plc:brand/app.bsky.feed.post/3kxyz","cid":"bafy"}"#)
            default: return (404, #"{"error":"NotFound"}"#)
            }
        }
    }

    func site(server: URL, networks: String? = nil) throws -> URL {
        let site = try InlineFixture("""
            -- cmblog.yml --
            title: Mini
            baseURL: https://mini.example.com/
            language: fr
            syndication:
            \(networks ?? "  mastodon:\n    server: \(server)\n  bluesky:\n    server: \(server)\n    handle: brand.example.com\n  linkedin:")
            -- authors/ana.yml --
            name: Ana
            -- content/posts/old.md --
            ---
            title: Ancien
            date: 2020-01-01
            author: ana
            ---
            Vieux.
            """).write()
        try Data(Self.post.utf8).write(to: site.appending(path: "content/posts/tasting.md"))
        try FileManager.default.createDirectory(at: site.appending(path: "static/images"), withIntermediateDirectories: true)
        try TestImages.png(width: 1200, height: 630).write(to: site.appending(path: "static/images/card.png"))
        return site
    }

    func postFile(_ site: URL) throws -> String {
        try String(contentsOf: site.appending(path: "content/posts/tasting.md"), encoding: .utf8)
    }

    @Test("plans copies only for recent posts, for every configured network")
    func plan() async throws {
        let server = try Self.server()
        defer { server.stop() }
        let (plan, _) = try await Syndicator(source: try site(server: server.url), now: Self.now).plan()
        #expect(plan.items.map(\.post.slug) == ["tasting"])
        #expect(plan.items[0].copies.map(\.network) == [.mastodon, .bluesky, .linkedin])
        #expect(plan.olderPosts == 1)
        #expect(server.requests.isEmpty)
        let (named, _) = try await Syndicator(source: try site(server: server.url), now: Self.now).plan(slugs: ["old"], networks: [.bluesky])
        #expect(named.items.map(\.post.slug) == ["old"])
        #expect(named.items[0].copies.map(\.network) == [.bluesky])
    }

    @Test("posts to Mastodon and Bluesky with the right requests, and records the URLs in the file alone")
    func publishes() async throws {
        let server = try Self.server()
        defer { server.stop() }
        let source = try site(server: server.url)
        let syndicator = Syndicator(source: source, now: Self.now)
        let (plan, config) = try await syndicator.plan()
        let outcomes = try await syndicator.publish(plan, config: config, environment: Self.environment, client: URLSessionHTTPClient())
        #expect(outcomes.allSatisfy { $0.succeeded })

        let requests = server.requests
        #expect(requests.map(\.path) == [
            "/api/v1/statuses", "/xrpc/com.atproto.server.createSession", "/xrpc/com.atproto.repo.uploadBlob", "/xrpc/com.atproto.repo.createRecord",
        ])
        let status = requests[0]
        #expect(status.headers["authorization"] == "Bearer masto-secret")
        #expect(status.headers["idempotency-key"] == "cmblog https://mini.example.com/2026/04/tasting/")
        #expect(status.json?["status"] as? String == "Samedi\u{202F}: dégustation\n\nVenez goûter le nouveau lot, café en main.\n\nhttps://mini.example.com/2026/04/tasting/\n\n#dégustation #Lyon")
        #expect(status.json?["language"] as? String == "fr")
        #expect(requests[1].json?["identifier"] as? String == "brand.example.com")
        #expect(requests[1].json?["password"] as? String == "app-pass")
        #expect(requests[2].headers["content-type"] == "image/png")
        #expect(requests[2].headers["authorization"] == "Bearer jwt-1")

        let create = try #require(requests[3].json)
        #expect(create["repo"] as? String == "did:plc:brand")
        let record = try #require(create["record"] as? [String: Any])
        let text = try #require(record["text"] as? String)
        let facets = try #require(record["facets"] as? [[String: Any]])
        let bytes = Array(text.utf8)
        let spans = facets.map { facet -> (String, String) in
            let index = facet["index"] as? [String: Int] ?? [:]
            let feature = (facet["features"] as? [[String: Any]])?.first ?? [:]
            let span = String(decoding: bytes[index["byteStart", default: 0]..<index["byteEnd", default: 0]], as: UTF8.self)
            return (span, (feature["uri"] ?? feature["tag"]) as? String ?? "")
        }
        #expect(spans.map(\.0) == ["https://mini.example.com/2026/04/tasting/", "#dégustation", "#Lyon"])
        #expect(spans.map(\.1) == ["https://mini.example.com/2026/04/tasting/", "dégustation", "Lyon"])
        let embed = try #require((record["embed"] as? [String: Any])?["external"] as? [String: Any])
        #expect(embed["uri"] as? String == "https://mini.example.com/2026/04/tasting/")
        #expect((embed["thumb"] as? [String: Any])?["mimeType"] as? String == "image/png")
        #expect(record["createdAt"] as? String == "2026-05-01T12:00:00.000Z")

        let expected = Self.post.replacingOccurrences(of: "image: /images/card.png\n---", with: """
            image: /images/card.png
            syndication:
              - https://social.example/@brand/113
              - https://bsky.app/profile/brand.example.com/post/3kxyz
            ---
            """)
        #expect(try postFile(source) == expected)
    }

    @Test("a second run finds nothing left to post")
    func neverTwice() async throws {
        let server = try Self.server()
        defer { server.stop() }
        let source = try site(server: server.url)
        let syndicator = Syndicator(source: source, now: Self.now)
        let (first, config) = try await syndicator.plan(networks: [.mastodon, .bluesky])
        _ = try await syndicator.publish(first, config: config, environment: Self.environment)
        let count = server.requests.count
        let (second, _) = try await syndicator.plan(networks: [.mastodon, .bluesky])
        #expect(second.items.isEmpty)
        #expect(second.notes.count == 2)
        _ = try await syndicator.publish(second, config: config, environment: Self.environment)
        #expect(server.requests.count == count)
    }

    @Test("a network that fails is reported and leaves no trace in the file; one that works is recorded")
    func partialFailure() async throws {
        let server = try Self.server(failing: ["createRecord"])
        defer { server.stop() }
        let source = try site(server: server.url)
        let syndicator = Syndicator(source: source, now: Self.now)
        let (plan, config) = try await syndicator.plan()
        let outcome = try #require(try await syndicator.publish(plan, config: config, environment: Self.environment).first)
        #expect(!outcome.succeeded)
        #expect(outcome.failures.map(\.network) == [.bluesky])
        #expect(outcome.failures[0].message.contains("HTTP 500, down for tests"))
        let file = try postFile(source)
        #expect(file.contains("syndication:\n  - https://social.example/@brand/113\n---"))
        #expect(!file.contains("bsky.app"))
    }

    @Test("when every network fails, the post file is untouched")
    func allFail() async throws {
        let server = try Self.server(failing: ["statuses", "createSession"])
        defer { server.stop() }
        let source = try site(server: server.url)
        let syndicator = Syndicator(source: source, now: Self.now)
        let (plan, config) = try await syndicator.plan()
        let outcome = try #require(try await syndicator.publish(plan, config: config, environment: Self.environment).first)
        #expect(outcome.failures.count == 2)
        #expect(outcome.written == nil)
        #expect(try postFile(source) == Self.post)
    }

    @Test("a missing token stops the run before anything is posted")
    func missingToken() async throws {
        let server = try Self.server()
        defer { server.stop() }
        let source = try site(server: server.url)
        let syndicator = Syndicator(source: source, now: Self.now)
        let (plan, config) = try await syndicator.plan()
        await #expect(throws: DiagnosticError.self) {
            _ = try await syndicator.publish(plan, config: config, environment: ["MASTODON_TOKEN": "x"])
        }
        #expect(server.requests.isEmpty)
        #expect(try postFile(source) == Self.post)
    }
}

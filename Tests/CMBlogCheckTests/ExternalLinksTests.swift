import CMBlogCheck
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

@Suite("External links")
struct ExternalLinksTests {
    /// A server where /ok answers, /gone is 404, /removed 410, /nohead refuses HEAD but answers
    /// GET, /broken is 500.
    func server() throws -> LoopbackHTTPServer {
        try LoopbackHTTPServer { request in
            switch request.path {
            case "/ok": (200, "")
            case "/gone": (404, "")
            case "/removed": (410, "")
            case "/nohead": request.method == "HEAD" ? (405, "") : (200, "")
            default: (500, "")
            }
        }
    }

    func site(linking server: URL, extra: String = "") throws -> URL {
        let links = ["ok", "gone", "removed", "nohead", "broken"].map { "[\($0)](\(server.absoluteString)/\($0))" }.joined(separator: "\n\n")
        return try oneSiteWithPost(links + "\n\n" + extra)
    }

    func settings(cache: URL) -> ExternalLinks.Settings {
        var settings = ExternalLinks.Settings(cacheFile: cache)
        settings.delay = .milliseconds(10)
        return settings
    }

    @Test("gone pages are errors, refusals warnings, HEAD falls back to GET, at the line of the post")
    func statuses() async throws {
        let server = try server()
        defer { server.stop() }
        let source = try site(linking: server.url, extra: "[closed](http://127.0.0.1:1/nothing)")
        let cache = source.appending(path: ".cmblog/cache/links.json")
        let findings = try await check(source, external: settings(cache: cache)).filter { $0.rule == "links.external" && $0.message.contains("127.0.0.1") }
        #expect(findings.map { "\($0.severity.rawValue) \($0.location)" } == [
            "error content/posts/first.md:8:8", "error content/posts/first.md:10:11", "warning content/posts/first.md:14:10", "warning content/posts/first.md:16:10",
        ])
        let methods = server.requests.map { "\($0.method) \($0.path)" }
        #expect(methods.filter { $0.hasSuffix("/nohead") } == ["HEAD /nohead", "GET /nohead"])
        #expect(methods.filter { $0.hasSuffix("/ok") } == ["HEAD /ok"])
    }

    @Test("good answers are remembered between runs, until they are too old; failures are asked again")
    func cache() async throws {
        let server = try server()
        defer { server.stop() }
        let source = try site(linking: server.url)
        let cache = source.appending(path: ".cmblog/cache/links.json")
        _ = try await check(source, external: settings(cache: cache))
        let first = server.requests.count
        _ = try await check(source, external: settings(cache: cache))
        let asked = server.requests.dropFirst(first).map(\.path)
        #expect(!asked.contains("/ok") && !asked.contains("/nohead"))
        #expect(asked.contains("/gone"))
        var later = settings(cache: cache)
        later.now = Date().addingTimeInterval(8 * 24 * 3600)
        let before = server.requests.count
        _ = try await check(source, external: later)
        #expect(server.requests.dropFirst(before).map(\.path).contains("/ok"))
    }

    @Test("without --external no request is made")
    func offline() async throws {
        let server = try server()
        defer { server.stop() }
        let findings = try await check(try site(linking: server.url))
        #expect(server.requests.isEmpty)
        #expect(!findings.contains { $0.rule == "links.external" })
    }
}

import CMBlogBuild
import CMBlogCore
import CMBlogPreview
import CMBlogTestSupport
import Foundation
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The preview server on a loopback port, asked with real HTTP requests.
@Suite("Preview server", .serialized)
struct PreviewServerTests {
    /// A running server over a temporary copy of a small site, stopped by cancelling its task.
    final class Running: Sendable {
        let url: URL
        let source: URL
        let task: Task<Void, any Error>

        init(url: URL, source: URL, task: Task<Void, any Error>) {
            self.url = url
            self.source = source
            self.task = task
        }

        /// Status, content type (or redirect target) and text of a GET; redirects are not followed.
        func get(_ path: String) async throws -> (status: Int, type: String, text: String) {
            let session = URLSession(configuration: .ephemeral, delegate: NoRedirects(), delegateQueue: nil)
            var request = URLRequest(url: URL(string: url.absoluteString + path.dropFirst())!)
            request.setValue("no-cache", forHTTPHeaderField: "Cache-Control")
            let (data, response) = try await session.data(for: request)
            let http = response as? HTTPURLResponse
            let type = http?.value(forHTTPHeaderField: "Location") ?? http?.value(forHTTPHeaderField: "Content-Type") ?? ""
            return (http?.statusCode ?? 0, type, String(decoding: data, as: UTF8.self))
        }

        /// Waits until `path` satisfies `condition` (the rebuild after a save), up to 10 s.
        func waitFor(_ path: String, _ condition: (String) -> Bool) async throws -> Bool {
            for _ in 0..<200 {
                if condition(try await get(path).text) { return true }
                try await Task.sleep(for: .milliseconds(50))
            }
            return false
        }
    }

    /// - Parameter settings: The text of `cmblog.yml`.
    static func start(settings: String = "title: Mini\nbaseURL: https://mini.example.com/") async throws -> Running {
        let source = try InlineFixture("""
            -- cmblog.yml --
            \(settings)
            -- authors/ana.yml --
            name: Ana
            -- content/posts/first.md --
            ---
            title: First
            date: 2020-01-01
            author: ana
            ---
            Hello.
            """).write()
        let (events, continuation) = AsyncStream<URL>.makeStream()
        let port = Int.random(in: 20_000..<40_000)
        let server = PreviewServer(options: .init(source: source, port: port, jobs: 2)) { event in
            if case .listening(let url) = event { continuation.yield(url) }
        }
        let task = Task { try await server.run() }
        var iterator = events.makeAsyncIterator()
        let url = try #require(await iterator.next())
        return Running(url: url, source: source, task: task)
    }

    @Test("serves pages, feeds and the 404 page with the right statuses and types")
    func serves() async throws {
        let server = try await Self.start()
        defer { server.task.cancel() }
        let home = try await server.get("/")
        #expect(home.status == 200 && home.type == "text/html; charset=utf-8")
        #expect(home.text.contains("First"))
        #expect(home.text.contains("new EventSource(\"/_cmblog/events\")"))
        let post = try await server.get("/2020/01/first/")
        #expect(post.status == 200)
        let folder = try await server.get("/2020/01/first")
        #expect(folder.status == 301 && folder.type == "/2020/01/first/", "a folder without its slash is redirected to it")
        let feed = try await server.get("/feed.xml")
        #expect(feed.status == 200 && feed.type == "application/xml; charset=utf-8")
        #expect(feed.text.contains(server.url.absoluteString), "links point at the preview")
        let missing = try await server.get("/nothing/here/")
        #expect(missing.status == 404)
        #expect(missing.text.contains("Page not found"))
        for path in ["/%2e%2e/cmblog.yml", "/..%2fcmblog.yml", "/a%5c..%5ccmblog.yml"] {
            #expect(try await server.get(path).status == 400, "\(path)")
        }
        #expect(try await server.get("/cmblog.yml").status == 404)
    }

    @Test("a saved post shows on the next request; a broken one keeps the last good build under an overlay")
    func rebuilds() async throws {
        let server = try await Self.start()
        defer { server.task.cancel() }
        let post = server.source.appending(path: "content/posts/first.md")
        try Data("---\ntitle: Second thoughts\ndate: 2020-01-01\nauthor: ana\n---\nHello.\n".utf8).write(to: post)
        #expect(try await server.waitFor("/2020/01/first/") { $0.contains("Second thoughts") })

        try Data("---\ntitle: Broken\ndate: 2020-01-01\nauthor: nobody\n---\nHello.\n".utf8).write(to: post)
        #expect(try await server.waitFor("/") { $0.contains("cmblog-errors") })
        let page = try await server.get("/2020/01/first/")
        #expect(page.text.contains("Second thoughts"))
        #expect(page.text.contains("content/posts/first.md:4:1: error: unknown author `nobody`"))

        try Data("---\ntitle: Fixed\ndate: 2020-01-01\nauthor: ana\n---\nHello.\n".utf8).write(to: post)
        #expect(try await server.waitFor("/2020/01/first/") { $0.contains("Fixed") && !$0.contains("cmblog-errors") })
    }

    @Test("`cmblog build` output never carries the live reload script")
    func buildHasNoScript() async throws {
        let server = try await Self.start()
        server.task.cancel()
        let output = try Subprocess.temporaryFolder().appending(path: "public")
        try await Builder(options: BuildOptions(source: server.source, output: output, jobs: 1)).build()
        let home = try String(contentsOf: output.appending(path: "index.html"), encoding: .utf8)
        #expect(home.contains("First"))
        #expect(!home.contains("EventSource") && !home.contains("_cmblog"))
    }

    @Test("answers only the names of this computer, so a page elsewhere cannot read the preview through DNS rebinding")
    func refusesOtherHosts() async throws {
        let server = try await Self.start()
        defer { server.task.cancel() }
        let port = try #require(server.url.port)
        for host in ["localhost", "localhost:\(port)", "127.0.0.1:\(port)", "127.0.0.1", "[::1]:\(port)", "LOCALHOST"] {
            let answer = try RawHTTP.get("/2020/01/first/", port: port, host: host)
            #expect(answer.status == 200 && answer.body.contains("First"), "\(host)")
        }
        for host in ["evil.example", "evil.example:\(port)", "localhost.evil.example", "127.0.0.1.evil.example", "192.168.1.20", "localhost:x"] {
            let answer = try RawHTTP.get("/2020/01/first/", port: port, host: host)
            #expect(answer.status == 403, "\(host)")
            #expect(!answer.body.contains("First"), "\(host)")
        }
    }

    @Test("before any build succeeded, every page shows the errors, and reloads when they are fixed")
    func errorsBeforeAnyBuild() async throws {
        let server = try await Self.start(settings: "title: [broken")
        defer { server.task.cancel() }
        let page = try await server.get("/2020/01/first/")
        #expect(page.status == 500)
        #expect(page.text.contains("cmblog-errors") && page.text.contains("cmblog.yml:") && page.text.contains("malformed YAML"))
        #expect(page.text.contains("new EventSource"))
    }

    @Test("files in folders created after the start are seen")
    func newFolders() async throws {
        let server = try await Self.start()
        defer { server.task.cancel() }
        let folder = server.source.appending(path: "static/docs/2026")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("hello".utf8).write(to: folder.appending(path: "note.txt"))
        #expect(try await server.waitFor("/docs/2026/note.txt") { $0 == "hello" })
    }
}

/// Hands redirects back to the test instead of following them.
final class NoRedirects: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse, newRequest request: URLRequest,
        completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}

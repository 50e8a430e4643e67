import CMBlogCore
import Foundation

/// `cmblog ping`: tells the WebSub hub (`websub_hub:`) which feeds of the built site changed,
/// with one `hub.mode=publish` request per feed URL.
///
/// What changed is decided against the fingerprints of the feeds last pinged, kept in a state
/// file; the first run pings every feed. A feed whose ping fails keeps its old fingerprint, so
/// the next run tries it again. Only the feeds the build wrote are found: a scope whose feeds
/// `feeds:` turns off has none to ping.
public struct WebSubPing: Sendable {
    /// One feed of the built site.
    public struct FeedFile: Sendable, Equatable {
        public let url: String
        public let fingerprint: String
    }

    let config: SiteConfig
    let output: URL
    let stateFile: URL

    /// The file names the build gives feeds.
    static let feedNames: Set<String> = ["feed.xml", "rss.xml", "feed.json", "comments.xml"]

    /// Whether a file of the built site is a feed: one of `feedNames`, or the comment feed
    /// beside a page published as a file (`about-comments.xml` beside `about.html`).
    static func isFeed(named name: String) -> Bool {
        feedNames.contains(name) || name.hasSuffix("-comments.xml")
    }

    public init(config: SiteConfig, output: URL, stateFile: URL) {
        self.config = config
        self.output = output.standardizedFileURL
        self.stateFile = stateFile
    }

    /// Every feed of the built site, in path order.
    public func feeds() throws -> [FeedFile] {
        let root = output.resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: root) else {
            throw DiagnosticError(.error("no built site at \(output.path): run `cmblog build` first", path: output.path))
        }
        var feeds: [FeedFile] = []
        while let relative = enumerator.nextObject() as? String {
            guard Self.isFeed(named: (relative as NSString).lastPathComponent) else { continue }
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: root).appending(path: relative))
            } catch {
                throw DiagnosticError(.error("cannot read this feed: \(error.localizedDescription)", path: output.appending(path: relative).path))
            }
            feeds.append(FeedFile(url: config.absoluteURL(ofFile: relative), fingerprint: Fingerprint.of(data)))
        }
        return feeds.sorted { $0.url < $1.url }
    }

    /// The feeds whose content differs from the last successful ping (all of them with `all`).
    public func changedFeeds(all: Bool = false) throws -> [FeedFile] {
        let pinged = all ? [:] : loadState()
        return try feeds().filter { pinged[$0.url] != $0.fingerprint }
    }

    /// Pings the hub for each of `feeds`, then records those that succeeded.
    /// - Returns: The feeds that failed, with the hub's answer.
    public func ping(_ feeds: [FeedFile], client: any HTTPClient = URLSessionHTTPClient()) async throws -> [(feed: FeedFile, message: String)] {
        guard let hub = config.websubHub.flatMap(URL.init(string:)) else {
            throw DiagnosticError(.error("no `websub_hub:` in the settings: there is no hub to ping", path: SiteConfig.fileName))
        }
        var state = loadState()
        var failures: [(FeedFile, String)] = []
        for feed in feeds {
            let body = "hub.mode=publish&hub.url=" + feed.url.queryValueEncoded
            let request = HTTPRequest(url: hub, headers: ["Content-Type": "application/x-www-form-urlencoded"], body: Data(body.utf8))
            do {
                let response = try await client.send(request)
                if (200..<300).contains(response.status) {
                    state[feed.url] = feed.fingerprint
                } else {
                    failures.append((feed, PublishingError("the hub refused it", response).description))
                }
            } catch {
                failures.append((feed, "the hub cannot be reached: \(error.localizedDescription)"))
            }
        }
        try saveState(state)
        return failures
    }

    private func loadState() -> [String: String] {
        guard let data = try? Data(contentsOf: stateFile),
              let state = try? JSONDecoder().decode([String: String].self, from: data)
        else { return [:] }
        return state
    }

    private func saveState(_ state: [String: String]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try FileManager.default.createDirectory(at: stateFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try encoder.encode(state).write(to: stateFile, options: .atomic)
    }
}

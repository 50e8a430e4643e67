import CMBlogCore
import CMBlogSyndication
import Foundation

/// `--external`: the links to other sites, checked over the network with `HEAD` (then `GET`
/// when a server refuses `HEAD`), a few hosts at once but one request at a time per host with a
/// pause between them, and the answers remembered in a cache between runs. A page that is gone
/// (404, 410) is an error; a timeout, a network failure or another refusal is a warning, since
/// it may pass.
public struct ExternalLinks: Sendable {
    /// How politely and how long.
    public struct Settings: Sendable {
        /// Hosts asked at once.
        public var hosts = 4
        /// The pause between two requests to one host.
        public var delay: Duration = .milliseconds(250)
        /// Where answers are remembered; nil keeps none.
        public var cacheFile: URL?
        /// How long a good answer is trusted.
        public var maxAge: TimeInterval = 7 * 24 * 3600
        public var now = Date()

        public init(cacheFile: URL? = nil) {
            self.cacheFile = cacheFile
        }
    }

    let client: any HTTPClient
    let settings: Settings

    public init(client: any HTTPClient, settings: Settings) {
        self.client = client
        self.settings = settings
    }

    /// What asking for a URL gave.
    enum Answer: Sendable, Equatable {
        case status(Int)
        case failed(String)
    }

    func findings(_ links: [LinkChecks.External], in scanned: ScannedSite) async -> [Finding] {
        let cache = LinkCache.load(settings.cacheFile)
        let urls = Set(links.map(\.url))
        let byHost = Dictionary(grouping: urls.sorted()) { URL(string: $0)?.host()?.lowercased() ?? "" }.sorted { $0.key < $1.key }
        let answered = await byHost.concurrentMap(width: settings.hosts) { _, urls in
            var answers: [(url: String, answer: Answer, asked: Bool)] = []
            for url in urls {
                if let fresh = cache.fresh(url, now: settings.now, maxAge: settings.maxAge) {
                    answers.append((url, .status(fresh), false))
                    continue
                }
                if answers.contains(where: \.asked) { try? await Task.sleep(for: settings.delay) }
                answers.append((url, await ask(url), true))
            }
            return answers
        }.flatMap { $0 }
        let answers = Dictionary(answered.map { ($0.url, $0.answer) }, uniquingKeysWith: { first, _ in first })
        LinkCache.save(answered.filter(\.asked).map { ($0.url, $0.answer) }, over: cache, to: settings.cacheFile, now: settings.now)
        var seen: Set<String> = []
        return links.compactMap { link in
            guard let answer = answers[link.url], let (severity, message) = Self.verdict(answer, url: link.url) else { return nil }
            let location = scanned.locator.location(file: link.file, offset: link.offset, needle: link.url)
            guard seen.insert("\(location) \(link.url)").inserted else { return nil }
            return Finding("links.external", severity, at: location, message)
        }
    }

    private func ask(_ url: String) async -> Answer {
        guard let address = URL(string: url) else { return .failed("not a valid URL") }
        do {
            var request = HTTPRequest(url: address)
            request.method = "HEAD"
            let head = try await client.send(request)
            // Some servers refuse HEAD or answer it wrongly; GET tells the truth.
            guard [400, 403, 405, 501].contains(head.status) else { return .status(head.status) }
            request.method = "GET"
            return .status(try await client.send(request).status)
        } catch {
            return .failed((error as NSError).localizedDescription)
        }
    }

    static func verdict(_ answer: Answer, url: String) -> (Diagnostic.Severity, String)? {
        switch answer {
        case .status(let status) where status == 404 || status == 410:
            return (.error, "the link \(url) is gone: its server answers HTTP \(status)")
        case .status(let status) where status >= 400 || status < 100:
            return (.warning, "the link \(url) answers HTTP \(status)")
        case .status:
            return nil
        case .failed(let reason):
            return (.warning, "the link \(url) could not be checked: \(reason)")
        }
    }
}

/// The answers of earlier `--external` runs (`.cmblog/cache/links.json`): good answers only,
/// each with the moment it was given, so a link found gone is asked again next time.
struct LinkCache: Codable {
    struct Entry: Codable {
        var status: Int
        var checked: Date
    }

    static let format = 1
    var format = LinkCache.format
    var links: [String: Entry] = [:]

    static func load(_ file: URL?) -> LinkCache {
        guard let file, let data = try? Data(contentsOf: file), let cache = try? decoder.decode(LinkCache.self, from: data), cache.format == format
        else { return LinkCache() }
        return cache
    }

    func fresh(_ url: String, now: Date, maxAge: TimeInterval) -> Int? {
        guard let entry = links[url], now.timeIntervalSince(entry.checked) < maxAge, entry.checked <= now else { return nil }
        return entry.status
    }

    /// Writes the good answers into the cache; a cache that cannot be written costs the next
    /// run time, never a result.
    static func save(_ asked: [(String, ExternalLinks.Answer)], over cache: LinkCache, to file: URL?, now: Date) {
        guard let file else { return }
        var cache = cache
        for (url, answer) in asked {
            if case .status(let status) = answer, (200..<400).contains(status) {
                cache.links[url] = Entry(status: status, checked: now)
            } else {
                cache.links[url] = nil
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(cache) else { return }
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: file, options: .atomic)
    }

    private static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()
}

import CMBlogBuild
import CMBlogComments
import CMBlogContent
import CMBlogCore
import CMBlogSyndication
import Foundation

/// `cmblog backfeed`: reads the replies, mentions and counts of each post's syndicated copies
/// and webmentions, and merges them into `comments/<slug>.yml`.
///
/// Each post's file is written atomically as soon as its sources are read, so a run stopped
/// half-way leaves every file whole, and the next run goes on where it stopped. A source that
/// fails is reported with the post; what the others brought is written all the same, and
/// nothing already in the file is lost.
public struct Backfeeder: Sendable {
    let source: URL
    let environment: [String: String]
    let client: any HTTPClient
    /// Posts read at the same time.
    let width: Int

    public init(source: URL, environment: [String: String], client: any HTTPClient = URLSessionHTTPClient(), width: Int = 4) {
        self.source = source.standardizedFileURL
        self.environment = environment
        self.client = client
        self.width = width
    }

    /// What a run works on: a post, its thread file, and where its copies are.
    struct Target: Sendable {
        let postPath: String
        let threadPath: String
        let url: String
        let mastodon: [String]
        let bluesky: [String]
    }

    /// Backfeeds `slugs` (default: every published post), or those dated `since` or later
    /// (a date as front matter writes it, in the site's time zone when it has none).
    /// - Parameters:
    ///   - dryRun: Reads the networks but writes nothing.
    ///   - report: Called after each post, as it happens.
    /// - Throws: A `DiagnosticError` when the site does not load or names an unknown post.
    public func run(
        slugs: [String] = [], since: String? = nil, dryRun: Bool = false, report: @escaping @Sendable (BackfeedOutcome) -> Void = { _ in }
    ) async throws -> [BackfeedOutcome] {
        let fileSystem = LocalFileSystem(root: source)
        let (loaded, _) = try await Builder(options: BuildOptions(source: source)).loadAndResolve(fileSystem: fileSystem, width: ProcessInfo.processInfo.activeProcessorCount)
        let site = loaded.site, config = site.config
        let start = try since.map { text in
            guard let date = ContentDate.parse(text, timeZone: config.timeZone) else {
                throw DiagnosticError(.error("--since \(text): not a date; write 2026-01-31", path: SiteConfig.fileName))
            }
            return date
        }
        let targets = try selectedPosts(site, slugs: slugs, since: start).compactMap { target($0, in: site) }
        let fetcher = JSONFetcher(client: client, limits: RateLimits())
        let factory = ItemFactory(moderation: config.backfeed.moderation == .none ? .approved : .pending, timeZone: config.timeZone)
        let mastodonAccount = config.syndication.account(for: .mastodon)
        let mastodonToken = mastodonAccount.flatMap { environment[$0.secretVariable] }.flatMap { $0.isEmpty ? nil : $0 }
        let mastodonServer = mastodonAccount?.server.map(Self.origin)
        let mastodon = MastodonReader(fetcher: fetcher, settings: config.backfeed, factory: factory) { server in
            Self.origin(server) == mastodonServer ? mastodonToken : nil
        }
        let bluesky = BlueskyReader(fetcher: fetcher, settings: config.backfeed, factory: factory)
        let webmentions = config.backfeed.webmentionEndpoint.map { endpoint in
            WebmentionReader(fetcher: fetcher, settings: config.backfeed, factory: factory, endpoint: endpoint,
                             token: environment[config.backfeed.webmentionTokenVariable].flatMap { $0.isEmpty ? nil : $0 })
        }
        let root = source
        return await targets.concurrentMap(width: width) { target in
            var outcome = BackfeedOutcome(postPath: target.postPath, threadPath: target.threadPath)
            var harvests: [Comment.Source: Harvest] = [:]
            var complete: Set<Comment.Source> = []
            var cutShort: Set<Comment.Source> = []
            func read(_ source: Comment.Source, _ urls: [String], _ reader: (String) async throws -> Harvest) async {
                guard !urls.isEmpty else { return }
                var harvest = Harvest()
                var failed = false
                for url in urls {
                    do { harvest = harvest + (try await reader(url)) } catch {
                        failed = true
                        outcome.failures.append(String(describing: error))
                    }
                }
                if !failed { complete.insert(source) }
                if harvest.mayBeCutShort { cutShort.insert(source) }
                harvests[source] = harvest
            }
            await read(.mastodon, target.mastodon, mastodon.read)
            await read(.bluesky, target.bluesky, bluesky.read)
            if let webmentions { await read(.webmention, [target.url]) { try await webmentions.read(target: $0) } }
            outcome.skipped = harvests.values.flatMap(\.skipped)
            // Counts are replaced only from a network read in full, so a failure keeps the last good ones.
            let reactions = Comment.Source.allCases.filter(complete.contains).compactMap { harvests[$0]?.reactions }
            let incoming = Comment.Source.allCases.flatMap { harvests[$0]?.items ?? [] }
            // A reply missing from a list that may have been cut short is not taken as deleted.
            Self.write(incoming, complete: complete.subtracting(cutShort), reactions: reactions, into: target, root: root, timeZone: config.timeZone, dryRun: dryRun, outcome: &outcome)
            report(outcome)
            return outcome
        }
    }

    /// Merges what was read into the thread file, and writes it atomically.
    private static func write(
        _ incoming: [Comment], complete: Set<Comment.Source>, reactions: [BackfeedRecord.Reactions], into target: Target, root: URL,
        timeZone: TimeZone, dryRun: Bool, outcome: inout BackfeedOutcome
    ) {
        let file = root.appending(path: target.threadPath)
        do {
            let text = FileManager.default.fileExists(atPath: file.path) ? try String(contentsOf: file, encoding: .utf8) : nil
            let result = try ThreadFileMerge(path: target.threadPath, timeZone: timeZone)
                .merge(text, incoming: incoming, complete: complete, reactions: reactions)
            outcome.added = result.added
            outcome.removed = result.removed
            outcome.rejected = result.rejected
            guard let merged = result.text else { return }
            outcome.changed = true
            if dryRun { return }
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(merged.utf8).write(to: file, options: .atomic)
        } catch let error as DiagnosticError {
            outcome.failures += error.diagnostics.map(\.description)
        } catch {
            outcome.failures.append("\(target.threadPath): cannot write: \(error.localizedDescription)")
        }
    }

    /// `scheme://host:port` of an address, in lower case: a token is sent to its server only.
    static func origin(_ url: URL) -> String {
        let scheme = url.scheme?.lowercased() ?? ""
        let port = url.port ?? (scheme == "https" ? 443 : scheme == "http" ? 80 : 0)
        return "\(scheme)://\(url.host()?.lowercased() ?? ""):\(port)"
    }

    private func selectedPosts(_ site: Site, slugs: [String], since: Date?) throws -> [ResolvedEntry] {
        let posts = site.posts.filter { !$0.isPreviewOnly && ($0.entry.date ?? .distantPast) >= (since ?? .distantPast) }
        guard !slugs.isEmpty else { return posts }
        let unknown = slugs.filter { slug in !site.posts.contains { $0.entry.slug == slug && !$0.isPreviewOnly } }
        guard unknown.isEmpty else {
            throw DiagnosticError(unknown.map { .error("no published post has the slug `\($0)`", path: "content/posts") })
        }
        return posts.filter { slugs.contains($0.entry.slug) }
    }

    /// The post's copies on Mastodon and Bluesky; nil when it has none and no webmentions are read.
    private func target(_ resolved: ResolvedEntry, in site: Site) -> Target? {
        let config = site.config, entry = resolved.entry
        let networks = entry.syndication.map { ($0, SyndicationLabel.network(of: $0, config: config)) }
        let target = Target(
            postPath: entry.sourcePath, threadPath: Self.threadPath(of: resolved, in: site), url: config.absoluteURL(of: resolved.url),
            mastodon: networks.filter { $0.1 == .mastodon }.map(\.0), bluesky: networks.filter { $0.1 == .bluesky }.map(\.0))
        guard config.backfeed.webmentionEndpoint != nil || !target.mastodon.isEmpty || !target.bluesky.isEmpty else { return nil }
        return target
    }

    /// `comments/<slug>.yml`; `comments/<slug>.<lang>.yml` for a translation sharing its slug
    /// with the version in the site's default language.
    static func threadPath(of resolved: ResolvedEntry, in site: Site) -> String {
        let slug = resolved.entry.slug, language = site.language(of: resolved)
        let shared = site.config.isMultilingual && language != site.config.language
            && site.posts.contains { $0.entry.slug == slug && site.language(of: $0) == site.config.language }
        return "\(CommentArchiveLoader.folder)/\(slug)\(shared ? ".\(language)" : "").yml"
    }
}

import CMBlogBuild
import CMBlogContent
import CMBlogCore
import CMBlogMarkdown
import CMBlogTemplates
import Foundation

/// `cmblog syndicate`: plans the social copies of recent posts, and publishes them.
///
/// Planning only reads the repository. Publishing posts each copy, then adds the returned URLs
/// to the post's `syndication:` list (only that block of the file changes). A network that
/// fails leaves the file as it was for that network; a post is never posted twice to a network
/// its list already names.
public struct Syndicator: Sendable {
    let source: URL
    let now: Date
    /// Without `since:` in the settings, posts of this many days are syndicated.
    public static let defaultWindowDays = 30

    public init(source: URL, now: Date = Date()) {
        self.source = source.standardizedFileURL
        self.now = now
    }

    /// The copies of the posts to syndicate: `slugs` when given, else every post of the window
    /// (since `syndication.since`, or the last 30 days), for `networks` (default: all configured).
    /// - Throws: A `DiagnosticError` when the site does not load, or names an unknown post or network.
    public func plan(slugs: [String] = [], networks: [SocialNetwork] = []) async throws -> (SyndicationPlan, SiteConfig) {
        let fileSystem = LocalFileSystem(root: source)
        let builder = Builder(options: BuildOptions(source: source, now: now))
        let (loaded, _) = try await builder.loadAndResolve(fileSystem: fileSystem, width: ProcessInfo.processInfo.activeProcessorCount)
        let site = loaded.site, config = site.config
        let accounts = try selectedAccounts(config, networks)
        let posts = try selectedPosts(site, slugs)
        let since = config.syndication.since ?? now.addingTimeInterval(-Double(Self.defaultWindowDays) * 86_400)
        let recent = slugs.isEmpty ? posts.filter { ($0.entry.date ?? .distantPast) >= since } : posts
        let languages = Set(recent.map { site.language(of: $0) } + [config.language])
        let localizations = Localizations(theme: loaded.theme.theme, site: site.localizationOverrides, languages: languages)

        var notes: [String] = []
        let items = recent.compactMap { resolved -> SyndicationPlan.Item? in
            let root = source.path.hasSuffix("/") ? source.path : source.path + "/"
            let card = (try? loaded.generatedCard(for: resolved, fileSystem: fileSystem))?.standardizedFileURL.path
            let post = syndicationPost(resolved, site: site, card: card.flatMap { $0.hasPrefix(root) ? String($0.dropFirst(root.count)) : nil })
            let composer = CopyComposer(template: config.syndication.template(for: post.language) ?? localizations(post.language).text("syndication_copy"))
            let copies = accounts.compactMap { account -> SocialCopy? in
                if let done = post.syndication.first(where: { SyndicationLabel.network(of: $0, config: config) == account.network }) {
                    notes.append("\(post.sourcePath): already on \(account.network.label) (\(done))")
                    return nil
                }
                return composer.compose(post, for: account.network, limit: account.limit)
            }
            return copies.isEmpty ? nil : SyndicationPlan.Item(post: post, copies: copies)
        }
        return (SyndicationPlan(items: items, notes: notes, olderPosts: posts.count - recent.count), config)
    }

    /// Posts every copy of `plan` to Mastodon and Bluesky and records where they went.
    ///
    /// - Parameters:
    ///   - environment: Where the tokens are read (`MASTODON_TOKEN`, `BLUESKY_APP_PASSWORD`, or
    ///     the names the settings give).
    ///   - report: Called after each post, as it happens.
    /// - Throws: A `DiagnosticError` before posting anything when a token is missing.
    public func publish(
        _ plan: SyndicationPlan, config: SiteConfig, environment: [String: String], client: any HTTPClient = URLSessionHTTPClient(),
        report: @Sendable (SyndicationOutcome) -> Void = { _ in }
    ) async throws -> [SyndicationOutcome] {
        let publishers = try makePublishers(for: plan, config: config, environment: environment, client: client)
        var outcomes: [SyndicationOutcome] = []
        for item in plan.items {
            var outcome = SyndicationOutcome(post: item.post)
            for copy in item.copies {
                guard let publisher = publishers[copy.network] else { continue }
                guard copy.fits else {
                    outcome.failures.append((copy.network, "the copy is too long even shortened (\(copy.length) of \(copy.limit)); shorten the title"))
                    continue
                }
                do {
                    outcome.published.append((copy.network, try await publisher.publish(copy, of: item.post)))
                } catch {
                    outcome.failures.append((copy.network, String(describing: error)))
                }
            }
            if !outcome.published.isEmpty { outcome.written = record(outcome.published.map(\.url), in: item.post) }
            report(outcome)
            outcomes.append(outcome)
        }
        return outcomes
    }

    // MARK: - Planning

    private func selectedAccounts(_ config: SiteConfig, _ networks: [SocialNetwork]) throws -> [SyndicationSettings.Account] {
        let accounts = config.syndication.accounts
        guard !accounts.isEmpty else {
            throw DiagnosticError(.error("no `syndication:` networks in the settings; add one, such as `mastodon: {server: https://mastodon.social}`", path: SiteConfig.fileName))
        }
        let missing = networks.filter { config.syndication.account(for: $0) == nil }
        guard missing.isEmpty else {
            throw DiagnosticError(.error("`syndication:` has no settings for \(missing.map(\.rawValue).joined(separator: ", "))", path: SiteConfig.fileName))
        }
        return networks.isEmpty ? accounts : accounts.filter { networks.contains($0.network) }
    }

    private func selectedPosts(_ site: Site, _ slugs: [String]) throws -> [ResolvedEntry] {
        let posts = site.posts.filter { !$0.isPreviewOnly }
        guard !slugs.isEmpty else { return posts }
        let unknown = slugs.filter { slug in !posts.contains { $0.entry.slug == slug } }
        guard unknown.isEmpty else {
            throw DiagnosticError(unknown.map { .error("no published post has the slug `\($0)` (drafts and future posts are not syndicated)", path: "content/posts") })
        }
        return posts.filter { slugs.contains($0.entry.slug) }
    }

    /// - Parameter card: The entry's generated share card, relative to the repository, when it has one.
    private func syndicationPost(_ resolved: ResolvedEntry, site: Site, card: String?) -> SyndicationPost {
        let entry = resolved.entry, config = site.config
        return SyndicationPost(
            sourcePath: entry.sourcePath, slug: entry.slug, title: entry.title, summary: entry.summary ?? entry.body.excerptText,
            url: config.absoluteURL(of: resolved.url), tags: entry.tags, language: site.language(of: resolved), date: entry.date,
            syndication: entry.syndication,
            imagePath: entry.image == nil && card != nil ? card : (entry.image ?? config.image).flatMap { ImageCatalog.staticPath(of: $0, config: config) })
    }

    // MARK: - Publishing

    private func makePublishers(
        for plan: SyndicationPlan, config: SiteConfig, environment: [String: String], client: any HTTPClient
    ) throws -> [SocialNetwork: any SocialPublisher] {
        let networks = Set(plan.items.flatMap { $0.copies.map(\.network) }).intersection(SyndicationPlan.publishable)
        var publishers: [SocialNetwork: any SocialPublisher] = [:]
        var missing: [Diagnostic] = []
        let root = source
        for network in networks.sorted(by: { $0.rawValue < $1.rawValue }) {
            guard let account = config.syndication.account(for: network) else { continue }
            guard let secret = environment[account.secretVariable], !secret.isEmpty else {
                missing.append(.error("set \(account.secretVariable) to the \(network == .mastodon ? "access token" : "app password") of the brand's \(network.label) account; nothing was posted", path: SiteConfig.fileName))
                continue
            }
            switch (network, account.server, account.handle) {
            case (.mastodon, let server?, _):
                publishers[network] = MastodonPublisher(server: server, token: secret, client: client)
            case (.bluesky, let server, let handle?):
                let now = self.now
                publishers[network] = BlueskyPublisher(
                    server: server ?? URL(string: "https://bsky.social")!, handle: handle, password: secret, client: client,
                    readImage: { try? Data(contentsOf: root.appending(path: $0)) }, now: { now })
            case (.mastodon, _, _), (.bluesky, _, _):
                missing.append(.error("`\(network.rawValue)` under `syndication:` needs its \(network == .mastodon ? "`server`" : "`handle`")", path: SiteConfig.fileName))
            case (.linkedin, _, _), (.x, _, _):
                continue
            }
        }
        if !missing.isEmpty { throw DiagnosticError(missing) }
        return publishers
    }

    /// Adds `urls` to the post's `syndication:` list, changing nothing else in the file.
    private func record(_ urls: [String], in post: SyndicationPost) -> Result<Void, PublishingError> {
        let file = source.appending(path: post.sourcePath)
        do {
            let text = try String(contentsOf: file, encoding: .utf8)
            guard let updated = SyndicationBlock.adding(urls, existing: post.syndication, to: text) else {
                return .failure(PublishingError("\(post.sourcePath) has no front matter to hold `syndication:`"))
            }
            try Data(updated.utf8).write(to: file, options: .atomic)
            return .success(())
        } catch {
            return .failure(PublishingError("cannot write \(post.sourcePath): \(error.localizedDescription)"))
        }
    }
}

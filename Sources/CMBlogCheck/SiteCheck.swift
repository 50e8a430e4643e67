import CMBlogBuild
import CMBlogCore
import CMBlogSyndication
import Foundation

/// `cmblog check`: builds the site into a temporary folder (or takes the output of an earlier
/// `cmblog build`), then runs every check on it and returns the findings, sorted.
public struct SiteCheck: Sendable {
    /// What to check and how.
    public struct Options: Sendable {
        /// The repository.
        public var source: URL
        /// An output folder built earlier, checked as it is; nil builds the site afresh into a
        /// temporary folder that is removed afterwards.
        public var output: URL?
        /// How findings name the output folder (`public/`).
        public var outputLabel: String
        /// Pages checked at once.
        public var width: Int
        /// Check links to other sites too, with these settings; nil leaves them.
        public var external: ExternalLinks.Settings?
        /// Build (or, with `output`, expect) drafts and future posts too, as a preview has them.
        public var includeDrafts = false
        public var includeFuture = false
        /// Replaces `baseURL` of `cmblog.yml`, as `cmblog build --base-url` did.
        public var baseURL: URL?

        public init(source: URL, output: URL? = nil, outputLabel: String? = nil, width: Int = ProcessInfo.processInfo.activeProcessorCount,
                    external: ExternalLinks.Settings? = nil) {
            self.source = source
            self.output = output
            self.outputLabel = outputLabel ?? output?.lastPathComponent ?? "(built site)"
            self.width = width
            self.external = external
        }
    }

    /// How long each part took, in seconds.
    public struct Timing: Sendable {
        public var build = 0.0
        public var checks = 0.0
    }

    let options: Options
    let client: any HTTPClient

    public init(options: Options, client: any HTTPClient = URLSessionHTTPClient(timeout: 15)) {
        self.options = options
        self.client = client
    }

    /// Builds or reads the site, and checks it.
    /// - Throws: `CheckError` when the output folder cannot be read; content errors of the
    ///   build are findings, not errors.
    public func run() async throws -> (findings: [Finding], timing: Timing) {
        var timing = Timing()
        let clock = ContinuousClock()
        let started = clock.now
        let temporary = options.output == nil
            ? FileManager.default.temporaryDirectory.appending(path: "cmblog-check-\(UUID().uuidString)") : nil
        defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }
        let origins: SiteOrigins, warnings: [Diagnostic]
        do {
            (origins, warnings) = try await prepare(into: temporary)
        } catch let error as DiagnosticError {
            return (error.diagnostics.map { Finding("build", $0) }.sorted(), timing)
        }
        timing.build = Self.seconds(clock.now - started)
        let output = options.output ?? temporary!
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw CheckError("\(output.path) is not a built site: run `cmblog build` first, or leave out --output to build afresh")
        }
        var config: SiteConfig
        do {
            config = try SiteConfig.load(from: LocalFileSystem(root: options.source)).0
            if let baseURL = options.baseURL { config.baseURL = baseURL }
        } catch {
            return (error.diagnostics.map { Finding("build", $0) }.sorted(), timing)
        }
        let site = try CheckedSite(source: options.source, output: output, outputLabel: options.outputLabel, config: config, origins: origins)
        let checksStarted = clock.now
        var findings = warnings.filter { $0.severity != .note }.map { Finding("build", $0) }
        findings += await check(site)
        timing.checks = Self.seconds(clock.now - checksStarted)
        return (Array(Set(findings)).sorted(), timing)
    }

    /// Every check of a built site.
    public func check(_ site: CheckedSite) async -> [Finding] {
        let scanned = await ScannedSite.scan(site, width: options.width)
        let files = scanned.pages.keys.sorted()
        let perPage = await files.concurrentMap(width: options.width) { file in
            let page = scanned.pages[file]!
            let (links, externals) = LinkChecks.findings(file, page, in: scanned)
            return (PageChecks.findings(file, page, in: scanned) + links, externals)
        }
        var findings = perPage.flatMap(\.0)
        findings += PageChecks.siteFindings(site)
        findings += await LinkChecks.fileFindings(in: scanned, width: options.width)
        findings += LinkChecks.collisions(in: site, locator: scanned.locator)
        findings += await FeedChecks.findings(in: scanned, width: options.width)
        findings += await IdentityChecks.findings(in: scanned)
        findings += await ShareCardChecks.findings(in: scanned, width: options.width)
        findings += TranslationChecks.findings(in: scanned)
        if let settings = options.external {
            findings += await ExternalLinks(client: client, settings: settings).findings(perPage.flatMap(\.1), in: scanned)
        }
        return Self.attributed(findings, outputLabel: site.outputLabel)
    }

    /// The findings with the copies of a link problem left out: a broken link of a post is
    /// also in its feeds and in the lists that show its excerpt, files no repository file is
    /// responsible for. When the same problem is found in a file of the repository, that
    /// finding stands for all.
    static func attributed(_ findings: [Finding], outputLabel: String) -> [Finding] {
        let isLink = { (finding: Finding) in finding.rule.hasPrefix("links.") && finding.rule != "links.collision" }
        let inSources = Set(findings.filter { isLink($0) && !$0.location.path.hasPrefix(outputLabel) }.map { "\($0.rule) \($0.message)" })
        return findings.filter { !isLink($0) || !$0.location.path.hasPrefix(outputLabel) || !inSources.contains("\($0.rule) \($0.message)") }
    }

    /// The build into `temporary`, or the plan of the site whose output was given.
    private func prepare(into temporary: URL?) async throws -> (SiteOrigins, [Diagnostic]) {
        let builder = Builder(options: BuildOptions(source: options.source, output: temporary ?? options.output,
                                                    includeDrafts: options.includeDrafts, includeFuture: options.includeFuture, baseURL: options.baseURL,
                                                    jobs: options.width))
        guard temporary != nil else { return try await builder.origins(width: options.width) }
        let report = try await builder.build()
        return (report.origins, report.diagnostics)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

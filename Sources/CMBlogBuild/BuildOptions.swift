import CMBlogSigning
import Foundation

/// What to build, from where, into where.
public struct BuildOptions: Sendable {
    /// The content repository.
    public var source: URL
    /// The folder the site is written to; replaced as a whole when the build succeeds.
    /// (A build in memory, as the preview makes, writes nothing and ignores it.)
    public var output: URL
    /// Publish drafts too.
    public var includeDrafts: Bool
    /// Publish future-dated posts too.
    public var includeFuture: Bool
    /// Replaces `baseURL` of `cmblog.yml` (for previews and staging hosts).
    public var baseURL: URL?
    /// How many pages are parsed and rendered at once.
    public var jobs: Int
    /// The moment of the build: decides which posts are in the future.
    public var now: Date
    /// Where the build cache is kept (`.cmblog/cache/` for the command line); nil keeps none.
    public var cacheFolder: URL?
    /// Whether the build may use the cache's record (false for `--no-cache`, which still
    /// leaves a fresh one).
    public var readsCache = true
    /// The site's secret key, which signs the manifest; nil publishes it unsigned.
    public var siteKey: MinisignSecretKey?
    /// False for a command whose process ends with the build: the site it built is then not
    /// freed object by object, which the end of the process does at once (see `ProcessLifetime`).
    public var freesMemory = true

    /// - Parameter output: The output folder; `public/` in `source` when nil.
    public init(
        source: URL, output: URL? = nil, includeDrafts: Bool = false, includeFuture: Bool = false, baseURL: URL? = nil,
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, now: Date = Date()
    ) {
        self.source = source
        self.output = output ?? source.appending(path: SourceLayout.defaultOutputFolder)
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.baseURL = baseURL
        self.jobs = jobs
        self.now = now
    }
}

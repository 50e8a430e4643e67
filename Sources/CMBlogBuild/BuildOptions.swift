import Foundation

/// What to build, from where, into where.
public struct BuildOptions: Sendable {
    /// The content repository.
    public var source: URL
    /// The folder the site is written to; replaced as a whole when the build succeeds.
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

    public init(
        source: URL, output: URL, includeDrafts: Bool = false, includeFuture: Bool = false, baseURL: URL? = nil,
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, now: Date = Date()
    ) {
        self.source = source
        self.output = output
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.baseURL = baseURL
        self.jobs = jobs
        self.now = now
    }
}

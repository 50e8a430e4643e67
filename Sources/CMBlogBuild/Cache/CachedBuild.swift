import CMBlogCore
import Foundation

/// A build's use of the build cache: it tells when the output is already what the build
/// would make, forgets the record before the output is replaced, and records the new output.
struct CachedBuild {
    let cache: BuildCache
    let options: BuildOptions
    /// The sources' fingerprint, taken before the build reads them; nil when they could not
    /// all be read (the build then reports why, and nothing is recorded).
    let fingerprint: String?
    /// Why the record on disk was not used, when it could not be.
    let note: Diagnostic?
    private let record: BuildCache.Record?

    /// Nil when the build keeps no cache.
    init?(options: BuildOptions, fileSystem: any FileSystem) {
        guard let folder = options.cacheFolder else { return nil }
        self.options = options
        cache = BuildCache(folder: folder)
        fingerprint = try? SourceFingerprint.of(fileSystem, options: options)
        (record, note) = options.readsCache ? cache.load() : (nil, nil)
    }

    /// The report of a build that has nothing to do: same sources, no post fallen due, and
    /// the output exactly as the last build left it; nil otherwise.
    func upToDate(started: ContinuousClock.Instant) -> BuildReport? {
        guard let record, let fingerprint, BuildCache.isCurrent(record, fingerprint: fingerprint, now: options.now, output: options.output)
        else { return nil }
        return BuildReport(
            pagesWritten: 0, imagesMade: 0, filesCopied: 0, filesUnchanged: record.files.count,
            diagnostics: record.diagnostics.compactMap(\.diagnostic),
            duration: Builder.seconds(since: started),
            output: options.output, upToDate: true)
    }

    /// Forgets the record: called before the output it describes is replaced.
    func forget() {
        cache.remove()
    }

    /// Records the output just put in place. A cache that cannot be written costs the next
    /// build its speed, never its result, so a failure here is not an error of the build.
    /// - Parameter hashes: The SHA-256 of the files written, by path, as the writer took them.
    func remember(_ report: BuildReport, nextScheduled: Date?, hashes: [String: String]) {
        guard let fingerprint, let files = BuildCache.outputStamps(options.output, knownHashes: hashes) else { return }
        let record = BuildCache.Record(
            format: BuildCache.format, cmblogVersion: CMBlogVersion.current, fingerprint: fingerprint, nextScheduled: nextScheduled,
            files: files,
            diagnostics: report.diagnostics.filter { $0 != note }.map(BuildCache.Message.init))
        try? cache.save(record)
    }
}

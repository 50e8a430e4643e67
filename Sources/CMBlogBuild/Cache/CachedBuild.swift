import CMBlogContent
import CMBlogCore
import Foundation

/// A build's use of the build cache: it tells when the output is already what the build
/// would make, gives the parses of files read before (`PackedParseArchive`), tells which
/// files the previous build rendered from the same inputs, forgets the record before the
/// output is replaced, and records the new output.
struct CachedBuild {
    let cache: BuildCache
    let options: BuildOptions
    /// The sources' fingerprint, taken before the build reads them; nil when they could not
    /// all be read (the build then reports why, and nothing is recorded).
    let fingerprint: String?
    /// Everything every rendered file follows besides the entries it shows: cmblog's version
    /// and theme, the build's options, the settings, templates and interface strings.
    let generation: String
    /// The parses of earlier builds, by the bytes parsed.
    let archive: PackedParseArchive
    /// Why the record or the archive on disk could not be used, when they could not be.
    let notes: [Diagnostic]
    private let record: BuildCache.Record?

    /// Nil when the build keeps no cache.
    init?(options: BuildOptions, fileSystem: any FileSystem) async {
        guard let folder = options.cacheFolder else { return nil }
        self.options = options
        cache = BuildCache(folder: folder, output: options.output)
        let sources = try? await SourceFingerprint.of(fileSystem, options: options)
        fingerprint = sources?.fingerprint
        generation = SourceFingerprint.generation(fileSystem, options: options)
        let note: Diagnostic?
        (record, note) = options.readsCache ? cache.load() : (nil, nil)
        archive = PackedParseArchive(
            cacheFolder: folder, salt: SourceFingerprint.parseSalt(fileSystem), sourceDigests: sources?.digests, reading: options.readsCache)
        notes = (note.map { [$0] } ?? []) + archive.notes
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

    /// The stamp of the output file at `path` now, when the previous build rendered it from
    /// inputs with this `key` and it still holds what that build wrote: the file may be kept.
    func kept(_ path: String, key: String) -> BuildCache.Stamp? {
        guard let record, record.keys[path] == key, let stamp = record.files[path] else { return nil }
        return stamp.current(options.output.appending(path: path))
    }

    /// Forgets the record: called before the output it describes is replaced.
    func forget() {
        cache.remove()
    }

    /// Records the output just put in place. A cache that cannot be written costs the next
    /// build its speed, never its result, so a failure here is not an error of the build.
    /// - Parameters:
    ///   - hashes: The SHA-256 of every file of the output, by path, as the writer took them.
    ///   - kept: The stamps of the files kept from the previous output, as taken when they were.
    ///   - keys: The render key of each file rendered, by path.
    func remember(_ report: BuildReport, nextScheduled: Date?, hashes: [String: String], kept: [String: BuildCache.Stamp], keys: [String: String]) async {
        let paths = Array(hashes.keys) + [OutputMarker.fileName]
        guard let fingerprint, let files = await BuildCache.outputStamps(options.output, paths: paths, known: kept, hashes: hashes, width: options.jobs)
        else { return }
        let record = BuildCache.Record(
            format: BuildCache.format, cmblogVersion: CMBlogVersion.current, fingerprint: fingerprint, nextScheduled: nextScheduled,
            files: files, keys: keys,
            diagnostics: report.diagnostics.filter { !notes.contains($0) }.map(BuildCache.Message.init))
        try? cache.save(record)
    }
}

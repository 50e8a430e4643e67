import CMBlogCore
import CMBlogSigning
import Foundation

/// What the last successful build into one output folder left in the cache folder
/// (`build-<output>.record`, one record per output folder): the fingerprint of its sources, when
/// its output stops being current (the first scheduled post), the stamp of every file of its
/// output, and the render key of each file it rendered.
///
/// A build whose fingerprint matches, before that moment, with the output exactly as listed
/// has nothing to do: the same files, each of the same size and either with the same inode
/// and modification time or, when those changed (an output restored from a CI cache), with
/// the same SHA-256. Any
/// doubt (an unreadable, truncated or foreign record, a file touched or added) means a full
/// build. The record is written atomically after the output is in place, and removed before
/// a build replaces the output, so a build stopped at any moment leaves none that lies.
///
/// A build with other sources renders again only the files whose render key (see
/// `RenderInputs`) is not the one recorded, and takes the others from the output as they are.
struct BuildCache {
    /// The record's own format; a record of another format is not read.
    static let format = 2

    /// The record of one build.
    struct Record: Codable, Equatable {
        var format: Int
        var cmblogVersion: String
        var fingerprint: String
        /// The date of the first post left out for being in the future, if any.
        var nextScheduled: Date?
        /// Every file of the output, by path.
        var files: [String: Stamp]
        /// The render key of every file rendered, by path.
        var keys: [String: String]
        /// The warnings and notes of the build, said again by a build that has nothing to do.
        var diagnostics: [Message]
    }

    /// A warning or note of the build, as kept.
    struct Message: Codable, Equatable {
        var severity: String
        var path: String
        var line: Int?
        var column: Int?
        var text: String

        init(_ diagnostic: Diagnostic) {
            (severity, text) = (diagnostic.severity.rawValue, diagnostic.message)
            (path, line, column) = (diagnostic.location.path, diagnostic.location.line, diagnostic.location.column)
        }

        /// The diagnostic again; nil for a severity this version does not know.
        var diagnostic: Diagnostic? {
            Diagnostic.Severity(rawValue: severity).map { Diagnostic($0, at: SourceLocation(path: path, line: line, column: column), text) }
        }
    }

    /// What identifies one output file: its size and hash, and its inode and modification
    /// time, which tell without reading it that it was not written since.
    struct Stamp: Codable, Equatable {
        var size: Int64
        var inode: UInt64
        var modified: Int64
        var sha256: String

        /// The stamp of the file at `url`, hashing its bytes unless their SHA-256 is known; nil
        /// when it cannot be read.
        init?(of url: URL, sha256 known: String? = nil) {
            guard let stamp = FileStamp.of(path: url.path) else { return nil }
            guard let hash = known ?? (try? Data(contentsOf: url)).map(ContentHash.of) else { return nil }
            (size, inode, modified, sha256) = (stamp.size, stamp.inode, stamp.modified, hash)
        }

        /// Whether the file at `url` is still the one this stamp was taken of.
        func matches(_ url: URL) -> Bool {
            current(url) != nil
        }

        /// The stamp of the file at `url` now, when it is still the file this stamp was taken
        /// of (the same stamp, or the same bytes under a new inode or time); nil otherwise.
        func current(_ url: URL) -> Stamp? {
            guard let now = FileStamp.of(path: url.path), now.size == size else { return nil }
            if now.inode == inode && now.modified == modified { return self }
            guard let fresh = Stamp(of: url), fresh.sha256 == sha256 else { return nil }
            return fresh
        }
    }

    let folder: URL
    /// The output folder the record describes.
    let output: URL

    /// The record's file: named after the output folder, so builds into other folders (a
    /// preview, `--output elsewhere`) keep records of their own.
    var file: URL { folder.appending(path: Self.fileName(for: output)) }

    static func fileName(for output: URL) -> String {
        "build-" + StableKey.of(output.standardizedFileURL.path).prefix(16) + ".record"
    }

    /// The first line of a record, which names its format and the cmblog that wrote it; the
    /// record follows in `CompactEncoder`'s form, quick to read for tens of thousands of files.
    static func header(version: String = CMBlogVersion.current) -> String {
        "cmblog build record \(format) \(version)\n"
    }

    /// The record, or nil with a note saying why it cannot be used.
    func load() -> (Record?, Diagnostic?) {
        guard let data = try? Data(contentsOf: file) else { return (nil, nil) }
        let damaged = Diagnostic.note("the build cache is damaged or truncated: ignored, and rebuilt by this build", path: file.path)
        guard let newline = data.firstIndex(of: 0x0A), let header = String(data: data[...newline], encoding: .utf8),
              header.hasPrefix("cmblog build record ") else { return (nil, damaged) }
        guard header == Self.header() else {
            let writer = header.dropFirst("cmblog build record ".count).split(separator: " ").dropFirst().first.map(String.init) ?? "?"
            return (nil, .note("the build cache was written by another version of cmblog (\(writer.trimmingCharacters(in: .whitespacesAndNewlines))): ignored", path: file.path))
        }
        guard let record = try? CompactDecoder().decode(Record.self, from: data[(newline + 1)...]) else { return (nil, damaged) }
        return (record, nil)
    }

    /// Whether `record` describes the build about to run, and `output` is as it left it.
    static func isCurrent(_ record: Record, fingerprint: String, now: Date, output: URL) -> Bool {
        guard record.fingerprint == fingerprint, record.nextScheduled.map({ now < $0 }) ?? true else { return false }
        let files = outputFiles(output)
        return files.count == record.files.count
            && files.allSatisfy { path in record.files[path]?.matches(output.appending(path: path)) ?? false }
    }

    /// The stamp of each file of `output` at `paths` (the whole output, as the build just left
    /// it): those already `known`, the others taken `width` at a time with the hashes the writer
    /// took of them; nil when one cannot be read.
    static func outputStamps(_ output: URL, paths: [String], known: [String: Stamp], hashes: [String: String], width: Int) async -> [String: Stamp]? {
        let stamps = await paths.concurrentMap(width: max(1, width)) { path in
            known[path] ?? Stamp(of: output.appending(path: path), sha256: hashes[path])
        }
        var byPath: [String: Stamp] = [:]
        for (path, stamp) in zip(paths, stamps) {
            guard let stamp else { return nil }
            byPath[path] = stamp
        }
        return byPath
    }

    /// The files of `output`, hidden ones included.
    private static func outputFiles(_ output: URL) -> [String] {
        DirectoryListing.files(in: output.path, prefix: "", hidden: true)
    }

    /// Writes `record` in one step: a temporary file beside it, renamed over it.
    func save(_ record: Record) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try (Data(Self.header().utf8) + CompactEncoder().encode(record)).write(to: file, options: .atomic)
    }

    /// Removes the record (before the output it describes is replaced).
    func remove() {
        try? FileManager.default.removeItem(at: file)
    }
}

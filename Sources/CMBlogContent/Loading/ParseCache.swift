import CMBlogCore
import Foundation
import Synchronization

/// What earlier builds of one session read and parsed, reused while its files are unchanged,
/// and, with an archive, what earlier builds parsed from the same bytes.
///
/// Each value is kept with the stamps of the files it came from; a changed stamp, or a path
/// named to `invalidate`, makes the next build parse it again. Every value has a revision,
/// which is what the incremental render compares to know what changed: a new one at each
/// parse, or the archive key of the bytes parsed, which stays the same across builds.
public final class ParseCache: Sendable {
    private struct Record: Sendable {
        /// The stamps of the files read; nil when the file system gives none (never reused).
        let stamps: [FileStamp?]?
        let revision: String
        let value: any Sendable
    }

    private struct State {
        var records: [String: Record] = [:]
        var nextRevision = 1
    }

    private let state = Mutex(State())
    private let archive: (any ParseArchive)?

    /// - Parameter archive: Where parses are kept between builds; nil keeps them for this session only.
    public init(archive: (any ParseArchive)? = nil) {
        self.archive = archive
    }

    /// The value read from `path`, parsed again only when one of `stamps` changed since.
    /// - Parameters:
    ///   - stamps: The stamps of the files the value comes from, `path` first; nil when they
    ///     cannot be known.
    ///   - parse: Reads and parses the files.
    public func value<Value: Sendable>(for path: String, stamps: [FileStamp?]?, parse: () -> Value) -> Value {
        if let stamps, let record = state.withLock({ $0.records[path] }), record.stamps == stamps, let value = record.value as? Value {
            return value
        }
        let value = parse()
        keep(value, for: path, stamps: stamps, revision: nil)
        return value
    }

    /// What parsing the file at `path`, with `companions` (files read with it, such as its
    /// signature), gives: as kept in memory while their stamps are unchanged, else from the
    /// archive when these bytes were parsed before, else `parse()`, then archived.
    public func parsed<Value: Codable & Sendable>(
        _ path: String, companions: [String] = [], in fileSystem: any FileSystem, parse: () -> (Value?, [Diagnostic])
    ) -> (Value?, [Diagnostic]) {
        let stamps = Self.stamps(of: path, companions: companions, in: fileSystem)
        if let stamps, let record = state.withLock({ $0.records[path] }), record.stamps == stamps, let value = record.value as? (Value?, [Diagnostic]) {
            return value
        }
        guard let archive, let key = archive.key(path: path, companions: companions) else {
            return value(for: path, stamps: stamps, parse: parse)
        }
        let value: (Value?, [Diagnostic])
        if let record = archive.record(key), let kept = try? CompactDecoder().decode(ArchivedParse<Value>.self, from: record) {
            value = (kept.value, kept.diagnostics)
        } else {
            value = parse()
            if archive.currentKey(path: path, companions: companions, in: fileSystem) == key,
               let record = try? CompactEncoder().encode(ArchivedParse(value: value.0, diagnostics: value.1)) {
                archive.keep(record, as: key)
            }
        }
        keep(value, for: path, stamps: stamps, revision: key)
        return value
    }

    private func keep(_ value: any Sendable, for path: String, stamps: [FileStamp?]?, revision: String?) {
        state.withLock { state in
            state.records[path] = Record(stamps: stamps, revision: revision ?? "#\(state.nextRevision)", value: value)
            state.nextRevision += 1
        }
    }

    /// The value kept for `path`, if any, without looking at its files.
    public func kept<Value>(_ type: Value.Type, for path: String) -> Value? {
        state.withLock { $0.records[path]?.value as? Value }
    }

    /// Whether a value read from `path`, or from a file under it, is kept.
    public func holds(_ path: String) -> Bool {
        let folder = path.hasSuffix("/") ? path : path + "/"
        return state.withLock { state in state.records[path] != nil || state.records.keys.contains { $0.hasPrefix(folder) } }
    }

    /// The stamps a value read from `path` depends on: the file's and then `companions`'
    /// (nil for those that do not exist); nil when the file system gives no stamps.
    public static func stamps(of path: String, companions: [String] = [], in fileSystem: any FileSystem) -> [FileStamp?]? {
        guard let own = fileSystem.stamp(of: path) else { return nil }
        return [own] + companions.map { fileSystem.stamp(of: $0) }
    }

    /// Forgets what was read from `paths`, or from files under them when they are folders.
    public func invalidate(_ paths: some Sequence<String>) {
        let paths = Array(paths)
        guard !paths.isEmpty else { return }
        state.withLock { state in
            for path in paths {
                state.records[path] = nil
                let folder = path.hasSuffix("/") ? path : path + "/"
                for key in state.records.keys where key.hasPrefix(folder) { state.records[key] = nil }
            }
        }
    }

    /// Forgets everything (the settings every parse depends on changed).
    public func removeAll() {
        state.withLock { $0.records = [:] }
    }

    /// The revision of every value kept, by path: a path's revision changes each time it is
    /// parsed again from other bytes.
    public func revisions() -> [String: String] {
        state.withLock { $0.records.mapValues(\.revision) }
    }
}

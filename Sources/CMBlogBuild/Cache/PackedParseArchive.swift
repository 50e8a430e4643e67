import CMBlogContent
import CMBlogCore
import CMBlogSigning
import Foundation
import Synchronization

/// The parse archive of the build cache, in `.cmblog/cache/parsed/`: 256 pack files, each
/// holding the records whose key starts with its byte, so that a build after one edit
/// rewrites one or two small packs rather than the whole archive.
///
/// A pack is a header line, then records: a 64-character key, the record's length as eight
/// bytes (little-endian), the record. A pack that does not read as such (cut short by a
/// killed build, damaged, of another format) is ignored with a note. Packs are written whole,
/// beside their place and renamed over it, so a build stopped at any moment leaves each pack
/// old or new, never half written.
final class PackedParseArchive: ParseArchive {
    /// The archive's folder in the cache folder.
    static let folderName = "parsed"
    private static let header = Data("cmblog parsed records 1\n".utf8)
    private static let keyLength = 64

    private let folder: URL
    private let salt: String
    /// The SHA-256 of every source file, taken before the build read any.
    private let sourceDigests: [String: String]
    /// Whether `sourceDigests` lists every source file, so that a file it lacks does not exist.
    private let sourcesListed: Bool
    /// The records read from each pack.
    private let packs: [[String: Data]]
    private struct State {
        var added: [String: Data] = [:]
        var used = Set<String>()
        var saved = false
    }
    private let state = Mutex(State())
    /// The packs that could not be read.
    let notes: [Diagnostic]

    /// Opens the archive in `cacheFolder`, reading its packs.
    /// - Parameters:
    ///   - salt: Everything a parse follows besides its files (cmblog's version, the site's
    ///     settings): records kept under another salt are never found.
    ///   - sourceDigests: The SHA-256 of every source file, by path, taken before the build read
    ///     any; nil when they could not all be taken (the archive is then not used).
    ///   - reading: False to start empty (`--no-cache`); the packs are then written anew.
    init(cacheFolder: URL, salt: String, sourceDigests: [String: String]?, reading: Bool = true) {
        folder = cacheFolder.appending(path: Self.folderName)
        self.salt = salt
        self.sourceDigests = sourceDigests ?? [:]
        sourcesListed = sourceDigests != nil
        var packs: [[String: Data]] = []
        var notes: [Diagnostic] = []
        for index in 0..<256 {
            let file = folder.appending(path: Self.packName(index))
            guard reading, let data = try? Data(contentsOf: file, options: .alwaysMapped) else {
                packs.append([:])
                continue
            }
            if let records = Self.records(in: data) {
                packs.append(records)
            } else {
                packs.append([:])
                notes.append(.note("this part of the build cache is damaged or of another format: ignored, and written again", path: file.path))
            }
        }
        self.packs = packs
        self.notes = notes
    }

    func key(path: String, companions: [String]) -> String? {
        var digests: [String?] = []
        for file in [path] + companions {
            guard let digest = sourceDigests[file] else {
                guard file != path, sourcesListed else { return nil }
                digests.append(nil)
                continue
            }
            digests.append(digest)
        }
        return key(path: path, digests: digests)
    }

    func currentKey(path: String, companions: [String], in fileSystem: any FileSystem) -> String? {
        guard let own = try? fileSystem.contents(of: path) else { return nil }
        let others = companions.map { fileSystem.fileExists($0) ? (try? fileSystem.contents(of: $0)).map(ContentHash.of) ?? "unreadable" : nil }
        return key(path: path, digests: [ContentHash.of(own)] + others)
    }

    /// The key of `path` whose files have these SHA-256 digests (nil for one that does not exist).
    private func key(path: String, digests: [String?]) -> String {
        var hash = ContentHash()
        hash.add(salt)
        hash.add(path)
        for digest in digests { hash.add(digest ?? "absent") }
        return hash.finalize()
    }

    func record(_ key: String) -> Data? {
        guard let pack = Self.packIndex(of: key) else { return nil }
        return state.withLock { state in
            state.used.insert(key)
            return packs[pack][key] ?? state.added[key]
        }
    }

    func keep(_ record: Data, as key: String) {
        state.withLock { state in
            state.used.insert(key)
            state.added[key] = record
        }
    }

    /// Writes again every pack whose records changed: records added, and records no build
    /// asked for since the pack was read dropped. A pack that cannot be written costs the next
    /// build its speed, never its result, so failures are not reported.
    ///
    /// Called once the parses are done, so that their encodings are not held while the site
    /// renders; later calls do nothing.
    func save() {
        let taken = state.withLock { state -> ([String: Data], Set<String>)? in
            guard !state.saved else { return nil }
            state.saved = true
            defer { state.added = [:] }
            return (state.added, state.used)
        }
        guard let (added, used) = taken else { return }
        var addedByPack: [Int: [String: Data]] = [:]
        for (key, record) in added {
            if let pack = Self.packIndex(of: key) { addedByPack[pack, default: [:]][key] = record }
        }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for index in 0..<256 {
            let kept = packs[index].filter { used.contains($0.key) }
            let new = addedByPack[index] ?? [:]
            guard !new.isEmpty || kept.count != packs[index].count else { continue }
            let file = folder.appending(path: Self.packName(index))
            let records = kept.merging(new) { old, _ in old }
            if records.isEmpty {
                try? FileManager.default.removeItem(at: file)
            } else {
                try? Self.pack(records).write(to: file, options: .atomic)
            }
        }
    }

    private static func packName(_ index: Int) -> String {
        HexText.lowercase([UInt8(index)]) + ".pack"
    }

    /// The pack of a key: its first byte, from its first two hex digits.
    private static func packIndex(of key: String) -> Int? {
        guard key.utf8.count == keyLength else { return nil }
        return Int(key.prefix(2), radix: 16)
    }

    /// The bytes of a pack holding `records`, in key order so that equal packs are equal files.
    private static func pack(_ records: [String: Data]) -> Data {
        var data = header
        for (key, record) in records.sorted(by: { $0.key < $1.key }) {
            data.append(contentsOf: key.utf8)
            withUnsafeBytes(of: UInt64(record.count).littleEndian) { data.append(contentsOf: $0) }
            data.append(record)
        }
        return data
    }

    /// The records of a pack; nil when it is not one, whole.
    private static func records(in data: Data) -> [String: Data]? {
        guard data.starts(with: header) else { return nil }
        var records: [String: Data] = [:]
        var offset = data.startIndex + header.count
        while offset < data.endIndex {
            guard data.endIndex - offset >= keyLength + 8 else { return nil }
            guard let key = String(bytes: data[offset..<offset + keyLength], encoding: .ascii), packIndex(of: key) != nil else { return nil }
            offset += keyLength
            var length: UInt64 = 0
            for shift in 0..<8 { length |= UInt64(data[offset + shift]) << (8 * shift) }
            offset += 8
            guard length <= UInt64(data.endIndex - offset) else { return nil }
            records[key] = data[offset..<offset + Int(length)]
            offset += Int(length)
        }
        return records
    }
}

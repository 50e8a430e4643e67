#if os(Linux)
import Foundation
import Glibc

/// Linux inotify over the repository's root and, recursively, its watched folders; a folder
/// created later is watched as soon as its creation is read, and the files already in it are
/// reported.
final class InotifySource: ChangeSource, @unchecked Sendable {
    private let descriptor: Int32
    private let root: URL
    private let lock = NSLock()
    private let stopFlag = StopFlag()
    /// Watch descriptor → folder, relative to the root ("" for the root).
    private var folders: [Int32: String] = [:]

    private static let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF)

    init(root: URL, quiet: Duration, report: @escaping @Sendable (Set<String>) -> Void) throws {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        self.root = root
        _ = watch("")
        for folder in FileWatcher.watchedFolders { _ = watchTree(folder) }
        let milliseconds = Int32(quiet.components.seconds * 1000 + quiet.components.attoseconds / 1_000_000_000_000_000)
        let thread = Thread { [self] in run(quietMilliseconds: max(1, milliseconds), report: report) }
        thread.name = "cmblog file watcher"
        thread.start()
    }

    func stop() { stopFlag.raise() }

    /// Reads events; after the first of a burst, waits for `quietMilliseconds` of silence
    /// before reporting the batch.
    private func run(quietMilliseconds: Int32, report: @Sendable (Set<String>) -> Void) {
        var pending: Set<String> = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !stopFlag.isRaised {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, pending.isEmpty ? 200 : quietMilliseconds)
            if ready == 0 {
                if !pending.isEmpty { report(pending); pending = [] }
                continue
            }
            guard ready > 0 else { if errno == EINTR { continue } else { break } }
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { continue }
            pending.formUnion(parse(buffer[0..<count]))
        }
        close(descriptor)
    }

    /// The changed paths of a block of `inotify_event` records.
    private func parse(_ bytes: ArraySlice<UInt8>) -> Set<String> {
        var changed: Set<String> = []
        var offset = bytes.startIndex
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= bytes.endIndex {
            let (wd, mask, length) = bytes.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                let event = raw.loadUnaligned(fromByteOffset: offset - bytes.startIndex, as: inotify_event.self)
                return (event.wd, event.mask, Int(event.len))
            }
            let nameBytes = bytes[(offset + header)..<min(bytes.endIndex, offset + header + length)].prefix { $0 != 0 }
            offset += header + length
            // The kernel's queue overflowed and events were lost: report the settings, so the
            // whole site is rebuilt.
            if mask & UInt32(IN_Q_OVERFLOW) != 0 { changed.insert("cmblog.yml"); continue }
            lock.lock()
            let folder = folders[wd]
            lock.unlock()
            guard let folder else { continue }
            let name = String(decoding: nameBytes, as: UTF8.self)
            let path = folder.isEmpty ? name : name.isEmpty ? folder : folder + "/" + name
            if mask & UInt32(IN_IGNORED) != 0 { forget(wd); continue }
            changed.insert(path)
            if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, FileWatcher.matters(path) || folder.isEmpty {
                changed.formUnion(watchTree(path))
            }
        }
        return changed
    }

    /// Watches `folder` and every folder under it; returns the files found in them.
    private func watchTree(_ folder: String) -> Set<String> {
        guard watch(folder) else { return [] }
        var found: Set<String> = []
        let url = folder.isEmpty ? root : root.appending(path: folder)
        let entries = (try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: [.isDirectoryKey])) ?? []
        for entry in entries {
            let path = folder + "/" + entry.lastPathComponent
            if (try? entry.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
                found.formUnion(watchTree(path))
            } else {
                found.insert(path)
            }
        }
        return found
    }

    private func watch(_ folder: String) -> Bool {
        let path = folder.isEmpty ? root.path : root.appending(path: folder).path
        let wd = inotify_add_watch(descriptor, path, Self.mask)
        guard wd >= 0 else { return false }
        lock.lock()
        folders[wd] = folder
        lock.unlock()
        return true
    }

    private func forget(_ wd: Int32) {
        lock.lock()
        folders[wd] = nil
        lock.unlock()
    }
}
#endif

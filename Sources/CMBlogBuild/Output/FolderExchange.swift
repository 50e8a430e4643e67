#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Puts a newly written folder in the place of another so that the place is never empty:
/// in one atomic step where the system can exchange two folders, else with two renames.
enum FolderExchange {
    /// Exchanges the folders at `first` and `second`, which both exist, in one atomic step
    /// (`renameat2` with `RENAME_EXCHANGE`, on Linux): at no moment is either path missing.
    /// - Returns: Whether they were exchanged; false, with nothing changed, where the system or
    ///   the file system cannot do it.
    static func exchange(_ first: URL, _ second: URL) -> Bool {
        #if os(Linux)
        guard let renameat2 = LinuxRename.renameat2 else { return false }
        return renameat2(LinuxRename.currentFolder, first.path, LinuxRename.currentFolder, second.path, LinuxRename.exchange) == 0
        #else
        return false
        #endif
    }

    /// Puts `staging` in the place of `output`, and removes the previous output.
    ///
    /// With an exchange, the previous output lands at `staging` and is removed from there.
    /// Without one, it is first renamed to `retired`, then `staging` to `output`: a process
    /// killed between the two leaves the previous site at `retired`, which the next build
    /// moves back (see `StagingFolders.clearLeftovers`).
    static func replace(_ output: URL, with staging: URL, retired: URL) throws {
        let manager = FileManager.default
        guard StagingFolders.exists(output) else {
            try manager.moveItem(at: staging, to: output)
            return
        }
        if exchange(staging, output) {
            try? manager.removeItem(at: staging)
            return
        }
        try? manager.removeItem(at: retired)
        try manager.moveItem(at: output, to: retired)
        do {
            try manager.moveItem(at: staging, to: output)
        } catch {
            try? manager.moveItem(at: retired, to: output)
            throw error
        }
        try? manager.removeItem(at: retired)
    }
}

#if os(Linux)
/// `renameat2`, looked up in the C library at run time: Swift's Glibc module does not
/// declare it, and C libraries older than glibc 2.28 lack it.
private enum LinuxRename {
    typealias Function = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    static let renameat2: Function? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: Function.self) }
    /// `AT_FDCWD`: paths relative to the current folder (ours are absolute).
    static let currentFolder: Int32 = -100
    /// `RENAME_EXCHANGE` of `<linux/fs.h>`.
    static let exchange: UInt32 = 1 << 1
}
#endif

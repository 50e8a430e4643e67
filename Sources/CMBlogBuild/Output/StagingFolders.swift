#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The folders a build keeps beside its output while it writes: the new site
/// (`.public.cmblog-new-PID`) and, where two folders cannot be exchanged in one step, the
/// previous site on its way out (`.public.cmblog-old-PID`).
///
/// They are named after the process that made them, so a build recognises those of builds
/// that no longer run (killed, or lost with the machine) and clears them: they are whole
/// copies of the site, and would otherwise pile up.
struct StagingFolders {
    let output: URL
    let processID: Int32

    init(output: URL, processID: Int32 = getpid()) {
        self.output = output
        self.processID = processID
    }

    /// Where the new site is written.
    var staging: URL { folder(.new, of: processID) }
    /// Where the previous site waits while the new one takes its place, when the file system
    /// cannot exchange them in one step.
    var retired: URL { folder(.old, of: processID) }

    /// Clears what builds that no longer run left beside the output. When the output is
    /// missing because such a build was stopped after moving the previous site aside, that
    /// site is moved back first: a build never leaves the output missing for good.
    func clearLeftovers() {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let leftovers = ((try? manager.contentsOfDirectory(atPath: parent.path)) ?? []).sorted().compactMap(leftover)
            .filter { !Self.isRunning($0.processID) }
        var outputExists = Self.exists(output)
        for (role, processID) in leftovers {
            let folder = folder(role, of: processID)
            if role == .old, !outputExists, (try? manager.moveItem(at: folder, to: output)) != nil {
                outputExists = true
            } else {
                try? manager.removeItem(at: folder)
            }
        }
    }

    /// What a staging folder holds.
    private enum Role: String {
        /// The new site being written.
        case new
        /// The previous site on its way out.
        case old
    }

    private var prefix: String { ".\(output.lastPathComponent).cmblog-" }

    private func folder(_ role: Role, of processID: Int32) -> URL {
        output.deletingLastPathComponent().appending(path: "\(prefix)\(role.rawValue)-\(processID)")
    }

    /// The role and process of a staging folder of this output, from its name.
    private func leftover(_ name: String) -> (role: Role, processID: Int32)? {
        guard name.hasPrefix(prefix) else { return nil }
        let rest = name.dropFirst(prefix.count).split(separator: "-", maxSplits: 1)
        guard rest.count == 2, let role = Role(rawValue: String(rest[0])), rest[1].allSatisfy(\.isASCII),
              let processID = Int32(rest[1]), processID > 0 else { return nil }
        return (role, processID)
    }

    /// Whether a process runs with this id (this one included: its folders are in use).
    private static func isRunning(_ processID: Int32) -> Bool {
        kill(processID, 0) == 0 || errno == EPERM
    }

    /// Whether anything is at `url`, a dangling symbolic link included.
    static func exists(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0
    }
}

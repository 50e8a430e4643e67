import Foundation

/// Where tests put their temporary folders: one folder per test process, removed when the
/// process exits, so that running the suite leaves nothing behind in the temporary directory.
public enum ScratchFolder {
    /// The process's folder, made (and its removal at exit arranged) on first use.
    public static let root: URL = {
        let url = URL(fileURLWithPath: scratchRootPath)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: scratchRootPath) }
        return url
    }()

    /// A new empty folder inside the process's folder.
    public static func make(_ prefix: String) throws -> URL {
        let url = root.appending(path: "\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

private let scratchRootPath = FileManager.default.temporaryDirectory
    .appending(path: "cmblog-tests-\(ProcessInfo.processInfo.processIdentifier)").path

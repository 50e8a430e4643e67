import CMBlogCore
import Foundation

/// Writes new files into a content repository, never over an existing one.
public enum Scaffold {
    /// A file that would be written.
    public struct File: Sendable, Equatable {
        public var path: String
        public var text: String
        /// A script, written with the execute permission.
        public var isExecutable: Bool

        public init(path: String, text: String, isExecutable: Bool = false) {
            self.path = path
            self.text = text
            self.isExecutable = isExecutable
        }
    }

    /// Writes `files` under `root`; throws without writing anything when one already exists.
    public static func write(_ files: [File], into root: URL) throws {
        let manager = FileManager.default
        if let existing = files.first(where: { manager.fileExists(atPath: root.appending(path: $0.path).path) }) {
            throw DiagnosticError(.error("already exists; cmblog never overwrites a file", path: root.appending(path: existing.path).path))
        }
        for file in files {
            let url = root.appending(path: file.path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: url, options: .withoutOverwriting)
            if file.isExecutable { try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path) }
        }
    }
}

import Foundation

/// A small site written inline in a test, one file after another:
///
/// ```
/// -- cmblog.yml --
/// title: Test
/// -- content/posts/a.md --
/// ---
/// title: A
/// ---
/// ```
public struct InlineFixture: Sendable {
    /// File contents by path.
    public private(set) var files: [String: Data]

    public init(_ text: String) {
        var files: [String: Data] = [:]
        var current: String?
        var lines: [Substring] = []
        func flush() {
            if let current { files[current] = Data((lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")).utf8) }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- ") && line.hasSuffix(" --") && line.count > 6 {
                flush()
                current = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else {
                lines.append(line)
            }
        }
        flush()
        self.files = files
    }

    /// Adds or replaces a file with raw bytes (for encodings the inline text cannot show).
    public mutating func set(_ path: String, bytes: Data) {
        files[path] = bytes
    }

    /// Writes the files into a new temporary folder and returns it.
    public func write() throws -> URL {
        let root = try ScratchFolder.make("cmblog-fixture")
        try write(into: root)
        return root
    }

    /// Writes the files under `root`.
    public func write(into root: URL) throws {
        for (path, data) in files {
            let url = root.appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }
}

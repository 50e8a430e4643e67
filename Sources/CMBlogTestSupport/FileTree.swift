import Foundation

/// Every file under a folder, by relative path: what golden tests compare.
public enum FileTree {
    /// Reads all regular files under `root` (hidden ones included: `.htaccess` is output too).
    public static func read(_ root: URL) throws -> [String: Data] {
        var tree: [String: Data] = [:]
        let base = root.standardizedFileURL.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            tree[String(path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
        }
        return tree
    }

    /// The differences between two trees, one line per file: missing, unexpected or changed.
    public static func differences(expected: [String: Data], actual: [String: Data]) -> [String] {
        let paths = Set(expected.keys).union(actual.keys).sorted()
        return paths.compactMap { path in
            switch (expected[path], actual[path]) {
            case (nil, _): "unexpected file \(path)"
            case (_, nil): "missing file \(path)"
            case let (want?, got?) where want != got: "changed file \(path)"
            default: nil
            }
        }
    }

    /// Replaces the contents of `folder` with `tree` (record mode of golden tests).
    public static func record(_ tree: [String: Data], into folder: URL) throws {
        try? FileManager.default.removeItem(at: folder)
        for (path, data) in tree {
            let url = folder.appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }
}

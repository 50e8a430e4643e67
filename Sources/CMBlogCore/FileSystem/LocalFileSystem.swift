import Foundation

/// The content repository on disk.
///
/// A symbolic link whose target lies outside the root is never followed: reading it fails
/// with an error naming the link.
public struct LocalFileSystem: FileSystem {
    /// The repository's folder, with symbolic links resolved.
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
    }

    public func contents(of path: String) throws -> Data {
        try checkInside(path)
        let url = root.appending(path: path)
        do {
            return try Data(contentsOf: url)
        } catch {
            throw FileReadError(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    public func checkInside(_ path: String) throws {
        let resolved: String
        // This runs for every file read: `realpath` resolves a path in one call, where
        // Foundation builds a URL per component (kept for paths that do not exist).
        if let real = realpath(root.path + "/" + path, nil) {
            resolved = String(cString: real)
            free(real)
        } else {
            resolved = root.appending(path: path).resolvingSymlinksInPath().path
        }
        guard resolved == root.path || resolved.hasPrefix(root.path + "/") else {
            throw FileReadError(path: path, reason: "it is a symbolic link to a place outside the source folder")
        }
    }

    public func files(under directory: String) throws -> [String] {
        let folder = root.appending(path: directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return []
        }
        let prefix = directory.split(separator: "/").joined(separator: "/")
        return DirectoryListing.files(in: folder.path, prefix: prefix).sorted()
    }

    public func stamp(of path: String) -> FileStamp? {
        FileStamp.of(path: root.appending(path: path).path)
    }

    public func fileExists(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.appending(path: path).path, isDirectory: &isDirectory)
            && !isDirectory.boolValue
    }
}

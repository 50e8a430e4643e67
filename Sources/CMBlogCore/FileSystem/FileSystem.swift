import Foundation

/// Read access to a content repository. Paths are relative to the repository root and use `/`.
///
/// The build reads only through this seam, so every stage can be tested on an in-memory tree.
public protocol FileSystem: Sendable {
    /// The bytes of the file at `path`.
    func contents(of path: String) throws -> Data
    /// Every regular file below `directory`, recursively, sorted, hidden files (`.name`) left out.
    /// An empty list when the directory does not exist.
    func files(under directory: String) throws -> [String]
    /// Whether a regular file exists at `path`.
    func fileExists(_ path: String) -> Bool
    /// Throws when `path` is, or passes through, a link to a place outside the repository.
    func checkInside(_ path: String) throws
    /// The stamp of the file at `path`, which changes when the file is saved; nil when the
    /// file system cannot tell (then nothing read from it is reused between builds).
    func stamp(of path: String) -> FileStamp?
}

extension FileSystem {
    public func checkInside(_ path: String) throws {}
    public func stamp(of path: String) -> FileStamp? { nil }
}

/// Why a file could not be read.
public struct FileReadError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
    public var description: String { "cannot read \(path): \(reason)" }
}

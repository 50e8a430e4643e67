import CMBlogManifest
import Foundation

/// Where a build's files go until the build succeeds, and how they then become the output: a
/// whole new folder put in the output's place (`StagedSite`), or the changed files only,
/// moved into the output one by one (`PatchedSite`).
public protocol OutputSite: Sendable {
    /// Writes one file.
    func place(_ file: OutputFile) throws -> PlacedFile
    /// Takes a file unchanged from the previous output, without reading it.
    /// - Parameters:
    ///   - path: The file's path in the site.
    ///   - sha256: Its SHA-256, as the build that wrote it took it.
    ///   - size: Its size in bytes.
    func keep(_ path: String, sha256: String, size: Int) throws -> PlacedFile
    /// Makes what was written the output.
    func commit() throws
    /// Removes what was written, leaving the output as it was.
    func discard()
}

/// What writing one file did.
public struct PlacedFile: Sendable {
    /// Whether the output already had it, byte for byte.
    public let unchanged: Bool
    /// Its line of the manifest.
    public let entry: PublicationManifest.Entry
}

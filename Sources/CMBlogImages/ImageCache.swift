import Foundation

/// A folder of images already made, each file named by the SHA-256 of what it was made from
/// (the source's bytes and the settings), so a build makes again only what changed and two
/// builds share what they made. Deleting the folder is always safe: it is filled again.
public struct ImageCache: Sendable {
    public let folder: URL

    public init(folder: URL) { self.folder = folder }

    /// Where the file made under `key` is kept.
    public func url(for key: String, fileExtension: String) -> URL {
        folder.appending(path: String(key.prefix(2))).appending(path: key + "." + fileExtension)
    }

    /// Whether the cache holds a whole file at `url`: a file cut short or emptied (a full disk,
    /// a hand edit) is made again rather than published.
    public func holdsWhole(_ url: URL) -> Bool {
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else { return false }
        return ImageIntegrity.damage(in: data) == nil
    }

    /// The file made under `key`, making it with `make` when the cache does not hold it whole.
    /// - Returns: Its place in the cache, and whether it was made now.
    public func file(for key: String, fileExtension: String, make: () throws(ImageError) -> Data) throws(ImageError) -> (URL, made: Bool) {
        let url = url(for: key, fileExtension: fileExtension)
        if holdsWhole(url) { return (url, false) }
        let data = try make()
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // Written aside then renamed, so a build stopped half-way never leaves a partial file.
            let partial = url.deletingLastPathComponent().appending(path: ".\(key).\(ProcessInfo.processInfo.processIdentifier).partial")
            try data.write(to: partial)
            guard rename(partial.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            throw ImageError(message: "cannot write to the image cache \(folder.path): \(error.localizedDescription)")
        }
        return (url, true)
    }
}

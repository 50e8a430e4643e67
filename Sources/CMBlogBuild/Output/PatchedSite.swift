#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CMBlogCore
import CMBlogManifest
import Foundation

/// A site written as the changes to the previous build's output, for a build that takes most
/// of its files from it: only files whose bytes changed are written, into a fresh folder
/// beside the output, and nothing in the output is touched until all of them are.
///
/// `commit()` then removes the files the site no longer has and moves each new file into its
/// place with one rename, so the output never holds a half-written file, and the files that
/// did not change keep their inode and modification time. A build stopped during the commit
/// leaves the output with some files old and some new, and no build record: the next build
/// writes the whole site again.
struct PatchedSite: OutputSite {
    /// Where the changed files are written.
    let folder: URL
    let output: URL
    /// Every path of the new site, and the output marker.
    let paths: Set<String>

    func place(_ file: OutputFile) throws -> PlacedFile {
        let data: Data
        switch file.contents {
        case .bytes(let bytes): data = bytes
        case .copy(let source): data = try Data(contentsOf: source)
        }
        let entry = PublicationManifest.Entry(path: file.path, data: data)
        if let existing = try? Data(contentsOf: output.appending(path: file.path)), existing == data {
            return PlacedFile(unchanged: true, entry: entry)
        }
        let target = folder.appending(path: file.path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try PlainFileWriting.write(data, to: target.path, shownAs: file.path)
        return PlacedFile(unchanged: false, entry: entry)
    }

    func keep(_ path: String, sha256: String, size: Int) throws -> PlacedFile {
        PlacedFile(unchanged: true, entry: PublicationManifest.Entry(path: path, sha256: sha256, size: size))
    }

    /// Syncs the changed files to disk, removes the files the site no longer has (and folders
    /// left empty), then moves the changed files into place.
    func commit() throws {
        defer { discard() }
        try PlainFileWriting.write(Data(OutputMarker.text.utf8), to: folder.appending(path: OutputMarker.fileName).path, shownAs: OutputMarker.fileName)
        PlainFileWriting.syncFileSystem(of: folder)
        let manager = FileManager.default
        for path in DirectoryListing.files(in: output.path, prefix: "", hidden: true) where !paths.contains(path) {
            try manager.removeItem(at: output.appending(path: path))
            removeEmptyFolders(above: path)
        }
        for path in DirectoryListing.files(in: folder.path, prefix: "", hidden: true) {
            let target = output.appending(path: path)
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if rename(folder.appending(path: path).path, target.path) != 0 {
                throw OutputWriter.Failure(description: "cannot move \(path) into \(output.path): \(String(cString: strerror(errno)))")
            }
        }
        PlainFileWriting.syncFileSystem(of: output)
    }

    /// Removes the folders of `path` in the output that are now empty, deepest first.
    private func removeEmptyFolders(above path: String) {
        var folder = (path as NSString).deletingLastPathComponent
        while !folder.isEmpty, rmdir(output.appending(path: folder).path) == 0 {
            folder = (folder as NSString).deletingLastPathComponent
        }
    }

    func discard() {
        try? FileManager.default.removeItem(at: folder)
    }
}

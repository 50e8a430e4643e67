import CMBlogManifest
import Foundation

/// A site being written into a fresh folder beside the output, one file at a time, from any
/// number of tasks at once.
///
/// `commit()` puts it in place of the output (see `FolderExchange`) with the `OutputMarker`
/// that lets the next build replace it; `discard()` removes it, leaving the output as it was.
/// A file whose bytes did not change is hard-linked from the previous output, so its
/// modification time stays as it was (good for rsync and for hosts that diff uploads).
public struct StagedSite: OutputSite {
    let folder: URL
    /// The output as the previous build left it.
    let previous: URL
    /// Where the previous output is set aside during the exchange.
    let retired: URL

    /// Writes one file, or links it from the previous output when its bytes did not change.
    public func place(_ file: OutputFile) throws -> PlacedFile {
        let target = folder.appending(path: file.path)
        let old = previous.appending(path: file.path)
        let data: Data
        switch file.contents {
        case .bytes(let bytes): data = bytes
        case .copy(let source): data = try Data(contentsOf: source)
        }
        let entry = PublicationManifest.Entry(path: file.path, data: data)
        if let existing = try? Data(contentsOf: old), existing == data, link(old.path, target.path) == 0 {
            return PlacedFile(unchanged: true, entry: entry)
        }
        try PlainFileWriting.write(data, to: target.path, shownAs: file.path)
        return PlacedFile(unchanged: false, entry: entry)
    }

    /// Takes a file unchanged from the previous output: hard-linked, or copied where links cannot be made.
    public func keep(_ path: String, sha256: String, size: Int) throws -> PlacedFile {
        let old = previous.appending(path: path), target = folder.appending(path: path)
        if link(old.path, target.path) != 0 {
            try FileManager.default.copyItem(at: old, to: target)
        }
        return PlacedFile(unchanged: true, entry: PublicationManifest.Entry(path: path, sha256: sha256, size: size))
    }

    /// Marks the folder as a site cmblog built, syncs it to disk and puts it in place of the output.
    public func commit() throws {
        do {
            try PlainFileWriting.write(Data(OutputMarker.text.utf8), to: folder.appending(path: OutputMarker.fileName).path, shownAs: OutputMarker.fileName)
            PlainFileWriting.syncFileSystem(of: folder)
            try FolderExchange.replace(previous, with: folder, retired: retired)
        } catch {
            discard()
            throw error
        }
    }

    /// Removes the folder and what was written into it.
    public func discard() {
        try? FileManager.default.removeItem(at: folder)
    }
}

import CMBlogCore
import Foundation

/// Writes a built site so that nothing is lost.
///
/// Every file goes into a fresh folder beside the output; only when all of them were written
/// does that folder take the output's place (see `FolderExchange`), with the `OutputMarker`
/// that lets the next build replace it. A file whose bytes did not change is hard-linked from
/// the previous output, so its modification time stays as it was (good for rsync and for
/// hosts that diff uploads). The output must pass the `OutputSafety` rules.
public struct OutputWriter: Sendable {
    /// What went wrong while writing.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    let source: URL
    let output: URL
    let width: Int

    /// - Parameters:
    ///   - source: The content repository, which the output must leave alone.
    ///   - output: The folder the site replaces.
    ///   - width: How many files are written at once.
    public init(source: URL, output: URL, width: Int) {
        self.source = source.standardizedFileURL
        self.output = output.standardizedFileURL
        self.width = width
    }

    /// Clears what interrupted builds left beside the output, then checks that the output
    /// may be replaced. Run before the site is rendered, so a refusal comes at once.
    /// - Throws: A `DiagnosticError` saying why the output may not be replaced.
    public func prepare() throws(DiagnosticError) {
        StagingFolders(output: output).clearLeftovers()
        if let refusal = OutputSafety.check(source: source, output: output) { throw DiagnosticError(refusal) }
    }

    /// Writes `files` and puts them in place of the output. Returns how many files were left unchanged.
    /// - Throws: A `DiagnosticError` when the output may not be replaced, a `Failure` or a
    ///   file-system error when writing fails (the previous output is then left as it was).
    public func write(_ files: [OutputFile], progress: @escaping @Sendable () -> Void = {}) async throws -> Int {
        try prepare()
        if let claimed = files.first(where: { $0.path == OutputMarker.fileName || $0.path.hasPrefix(OutputMarker.fileName + "/") }) {
            throw Failure(description: "the file \(claimed.path) would take the place of the mark of a folder cmblog built; rename it")
        }
        let manager = FileManager.default
        let folders = StagingFolders(output: output)
        try manager.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        let staging = folders.staging
        try? manager.removeItem(at: staging)
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        do {
            try Self.createFolders(for: files.map(\.path), in: staging)
            let unchanged = try await files.concurrentMap(width: width) { [output] file -> Result<Bool, any Error> in
                defer { progress() }
                return Result { try Self.place(file, in: staging, previous: output) }
            }.map { try $0.get() }.filter { $0 }.count
            try PlainFileWriting.write(Data(OutputMarker.text.utf8), to: staging.appending(path: OutputMarker.fileName).path, shownAs: OutputMarker.fileName)
            PlainFileWriting.syncFileSystem(of: staging)
            try FolderExchange.replace(output, with: staging, retired: folders.retired)
            return unchanged
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
    }

    /// Creates every folder the files need, parents first (one `mkdir` each: this runs for
    /// thousands of folders).
    private static func createFolders(for paths: [String], in root: URL) throws {
        var folders = Set<Substring>()
        for path in paths {
            var index = path.endIndex
            while let slash = path[..<index].lastIndex(of: "/") {
                guard folders.insert(path[..<slash]).inserted else { break }
                index = slash
            }
        }
        for folder in folders.sorted() {
            let full = root.path + "/" + folder
            if mkdir(full, 0o755) != 0 && errno != EEXIST {
                throw Failure(description: "cannot create the folder \(full): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Writes one file into `staging`; true when it was linked unchanged from `previous`.
    private static func place(_ file: OutputFile, in staging: URL, previous: URL) throws -> Bool {
        let target = staging.appending(path: file.path)
        let old = previous.appending(path: file.path)
        let data: Data
        switch file.contents {
        case .bytes(let bytes): data = bytes
        case .copy(let source): data = try Data(contentsOf: source)
        }
        if let existing = try? Data(contentsOf: old), existing == data, link(old.path, target.path) == 0 {
            return true
        }
        try PlainFileWriting.write(data, to: target.path, shownAs: file.path)
        return false
    }
}

import CMBlogCore
import Foundation

/// Writes a built site so that nothing is lost.
///
/// Every file goes into a fresh folder beside the output (a `StagedSite`), written as soon as
/// it is rendered; only when all of them were written does that folder take the output's
/// place. The output must pass the `OutputSafety` rules.
public struct OutputWriter: Sendable {
    /// What went wrong while writing.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    let source: URL
    let output: URL

    /// - Parameters:
    ///   - source: The content repository, which the output must leave alone.
    ///   - output: The folder the site replaces.
    public init(source: URL, output: URL) {
        self.source = source.standardizedFileURL
        self.output = output.standardizedFileURL
    }

    /// Clears what interrupted builds left beside the output, then checks that the output
    /// may be replaced. Run before the site is rendered, so a refusal comes at once.
    /// - Throws: A `DiagnosticError` saying why the output may not be replaced.
    public func prepare() throws(DiagnosticError) {
        StagingFolders(output: output).clearLeftovers()
        if let refusal = OutputSafety.check(source: source, output: output) { throw DiagnosticError(refusal) }
    }

    /// Opens a fresh folder beside the output for a site of the files at `paths`, with every
    /// folder they need, so that each file can be written as soon as it is made.
    /// - Throws: A `DiagnosticError` when the output may not be replaced, a `Failure` or a
    ///   file-system error when the folder cannot be made.
    public func stage(_ paths: [String]) throws -> StagedSite {
        try prepare(for: paths)
        let manager = FileManager.default
        let folders = StagingFolders(output: output)
        try manager.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        let staging = folders.staging
        try? manager.removeItem(at: staging)
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        do {
            try Self.createFolders(for: paths, in: staging)
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
        return StagedSite(folder: staging, previous: output, retired: folders.retired)
    }

    /// Opens a fresh, empty folder beside the output for the files of a site at `paths` that
    /// differ from the output's, which `PatchedSite.commit()` moves into it.
    /// - Throws: A `DiagnosticError` when the output may not be replaced, a file-system error
    ///   when the folder cannot be made.
    func patch(_ paths: [String]) throws -> PatchedSite {
        try prepare(for: paths)
        let staging = StagingFolders(output: output).staging
        try? FileManager.default.removeItem(at: staging)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        return PatchedSite(folder: staging, output: output, paths: Set(paths + [OutputMarker.fileName]))
    }

    /// `prepare()`, and a check that no file takes the place of the output marker.
    private func prepare(for paths: [String]) throws {
        try prepare()
        if let claimed = paths.first(where: { $0 == OutputMarker.fileName || $0.hasPrefix(OutputMarker.fileName + "/") }) {
            throw Failure(description: "the file \(claimed) would take the place of the mark of a folder cmblog built; rename it")
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
}

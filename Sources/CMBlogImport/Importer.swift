import CMBlogCore
import Foundation

/// Imports content from another platform into a cmblog content repository.
///
/// Planning reads everything and decides every file before anything is written; applying
/// writes the plan all or nothing, never replacing a different file without `force`.
public struct Importer: Sendable {
    /// The platforms cmblog imports from.
    public enum Source: String, Sendable, CaseIterable {
        case wordpress, jekyll, disqus
    }

    /// The content repository to import into (created when missing).
    public let target: URL
    let progress: @Sendable (ImportProgress) -> Void

    public init(target: URL, progress: @escaping @Sendable (ImportProgress) -> Void = { _ in }) {
        self.target = target
        self.progress = progress
    }

    /// Reads `input` (an export file, or a Jekyll `_posts` folder) and plans the files.
    /// - Throws: `DiagnosticError` naming the file and line of what could not be read.
    public func plan(_ source: Source, from input: URL) async throws -> ImportPlan {
        let existing = try ExistingRepository(fileSystem: LocalFileSystem(root: target))
        let path = input.path
        switch source {
        case .wordpress:
            let export = try WXRExport(root: try readXML(input), path: path)
            return try WordPressImporter(export: export, existing: existing, exportPath: path, progress: progress).plan()
        case .jekyll:
            return try JekyllImporter(folder: input, existing: existing, progress: progress).plan()
        case .disqus:
            let export = try DisqusExport(root: try readXML(input), path: path)
            let site = try await DisqusImporter.loadSite(at: target)
            return try DisqusImporter(export: export, site: site, existing: existing, exportPath: path, progress: progress).plan()
        }
    }

    /// Writes `plan` into the target folder (or, for a dry run, only says what it would write).
    public func apply(_ plan: ImportPlan, force: Bool, dryRun: Bool) throws -> ImportOutcome {
        try ImportWriter(target: target).apply(plan, force: force, dryRun: dryRun)
    }

    private func readXML(_ url: URL) throws -> XMLNode {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DiagnosticError(.error("cannot read the export: \(error.localizedDescription)", path: url.path))
        }
        return try SafeXMLDocument.parse(data, path: url.path)
    }
}

extension WXRExport {
    /// Reads the export, turning a format problem into a diagnostic on `path`.
    init(root: XMLNode, path: String) throws(DiagnosticError) {
        do {
            try self.init(root: root)
        } catch {
            throw DiagnosticError(.error(error.reason, path: path, line: error.line))
        }
    }
}

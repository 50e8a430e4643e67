import CMBlogCore
import Foundation

/// Writes an import plan into the target folder, all or nothing.
///
/// Files are first written to a staging folder inside the target, then moved into place;
/// if any step fails, the files moved so far are taken back, the files they replaced are
/// restored and the folders created are removed, so the target is left as it was.
struct ImportWriter {
    let target: URL
    private let fileManager = FileManager.default

    /// What applying the plan did (or, for a dry run, would do).
    func apply(_ plan: ImportPlan, force: Bool, dryRun: Bool) throws -> ImportOutcome {
        var outcome = ImportOutcome()
        var toWrite: [PlannedFile] = []
        var conflicts: [Diagnostic] = []
        var paths: Set<String> = []
        for file in plan.files where !paths.insert(file.path).inserted {
            conflicts.append(.error("two items of the export would be written to this file; nothing was written", path: file.path))
        }
        for file in plan.files {
            let url = target.appending(path: file.path)
            guard let existing = fileManager.contents(atPath: url.path) else {
                toWrite.append(file)
                continue
            }
            if existing == file.contents {
                outcome.unchanged.append(file.path)
            } else if file.policy == .keepExisting {
                outcome.kept.append(file.path)
            } else if file.policy == .alwaysReplace || file.policy == .extendsExisting || force {
                toWrite.append(file)
            } else {
                conflicts.append(.error("already exists with different content; it was left as it is (run again with --force to replace it)", path: file.path))
            }
        }
        if !conflicts.isEmpty { throw DiagnosticError(conflicts) }
        outcome.written = toWrite.map(\.path)
        if dryRun || toWrite.isEmpty { return outcome }
        try write(toWrite)
        return outcome
    }

    private func write(_ files: [PlannedFile]) throws {
        var createdFolders: [URL] = []
        do {
            try createFolders(for: target, recording: &createdFolders)
        } catch {
            throw DiagnosticError(.error("cannot create the folder to import into: \(error.localizedDescription)", path: target.path))
        }
        let staging = target.appending(path: ".cmblog-import-\(UUID().uuidString)")
        let backups = staging.appending(path: ".replaced")
        var moved: [(file: URL, backup: URL?)] = []
        var current = ""
        do {
            for file in files {
                current = file.path
                let staged = staging.appending(path: file.path)
                try fileManager.createDirectory(at: staged.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.contents.write(to: staged)
            }
            for file in files {
                current = file.path
                let destination = target.appending(path: file.path)
                try createFolders(for: destination.deletingLastPathComponent(), recording: &createdFolders)
                var backup: URL?
                if fileManager.fileExists(atPath: destination.path) {
                    let place = backups.appending(path: file.path)
                    try fileManager.createDirectory(at: place.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try fileManager.moveItem(at: destination, to: place)
                    backup = place
                }
                try fileManager.moveItem(at: staging.appending(path: file.path), to: destination)
                moved.append((destination, backup))
            }
        } catch {
            for (file, backup) in moved.reversed() {
                try? fileManager.removeItem(at: file)
                if let backup { try? fileManager.moveItem(at: backup, to: file) }
            }
            try? fileManager.removeItem(at: staging)
            for folder in createdFolders.reversed() { try? fileManager.removeItem(at: folder) }
            throw DiagnosticError(.error("cannot write this file (\(error.localizedDescription)); the import was undone and nothing was changed", path: current))
        }
        try? fileManager.removeItem(at: staging)
    }

    /// Creates `folder` and its missing parents, recording each one created.
    private func createFolders(for folder: URL, recording created: inout [URL]) throws {
        var missing: [URL] = []
        var current = folder.standardizedFileURL
        while !fileManager.fileExists(atPath: current.path), current.pathComponents.count > 1 {
            missing.insert(current, at: 0)
            current = current.deletingLastPathComponent()
        }
        for url in missing {
            try fileManager.createDirectory(at: url, withIntermediateDirectories: false)
            created.append(url)
        }
    }
}

/// What an import wrote, found identical, or kept.
public struct ImportOutcome: Sendable, Equatable {
    /// Files written (for a dry run: that would be written).
    public var written: [String] = []
    /// Files already there with the same content.
    public var unchanged: [String] = []
    /// Existing files kept as they were (authors the site already had).
    public var kept: [String] = []
}

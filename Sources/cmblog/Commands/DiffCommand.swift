import ArgumentParser
import CMBlogCore
import CMBlogManifest
import Foundation

/// `cmblog diff OLD NEW_OUTPUT`.
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "List the files a deploy must upload and delete, from the manifests of the deployed site and of a new build.",
        discussion: """
            OLD is the deployed site's manifest: a manifest.json file, or the deployed site (a folder or \\
            an https:// address) whose manifest is read. NEW_OUTPUT is the folder just built. \\
            --list uploads prints the files to upload, one per line, relative to NEW_OUTPUT, the manifest \\
            and its signature last (for rsync --files-from or aws s3 cp); --list deletions the files to \\
            delete; --list purge the changed and deleted files (for a CDN purge).
            """
    )

    /// What to print.
    enum Listing: String, ExpressibleByArgument, CaseIterable {
        case uploads, deletions, purge
    }

    @Argument(help: ArgumentHelp("The deployed site's manifest: a file, a site folder or an address.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The new build's folder.", valueName: "new-output"))
    var newOutput: String

    @Option(name: .long, help: ArgumentHelp("Print only one list, one path a line: uploads, deletions or purge.", valueName: "list"))
    var list: Listing?

    @Option(name: .long, help: ArgumentHelp("The content repository, for its manifest path (default: the current folder, when it is one).", valueName: "dir"))
    var source: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let source { try SourceOption.check(source) }
    }

    func run() async throws {
        let files = try SourceOption.settingsIfAny(source).map(ManifestFiles.init) ?? .standard
        let newSite: PublishedSite
        do {
            newSite = try PublishedSite(newOutput)
        } catch {
            throw ValidationError(error.message)
        }
        guard case .folder = newSite.location else { throw ValidationError("NEW_OUTPUT must be the folder of the new build") }
        let (oldData, oldName) = try await oldManifest(files: files)
        guard let newData = try await newSite.contents(of: files.manifest) else {
            throw DiagnosticError(.error("no manifest in the new build: build it with this cmblog first", path: newSite.name(of: files.manifest)))
        }
        let oldManifest = try Self.parse(oldData, name: oldName)
        let newManifest = try Self.parse(newData, name: newSite.name(of: files.manifest))
        let hasSignature = FileManager.default.fileExists(atPath: newSite.name(of: files.signature))
        let diff = ManifestDiff(old: oldManifest, new: newManifest,
                                newManifestFiles: [files.manifest] + (hasSignature ? [files.signature] : []), manifestChanged: oldData != newData)
        switch list {
        case .uploads: diff.uploads.forEach(Terminal.line)
        case .deletions: diff.deleted.forEach(Terminal.line)
        case .purge: (diff.changed + diff.deleted).sorted().forEach(Terminal.line)
        case nil:
            for path in diff.added { Terminal.line("added    \(Terminal.visible(path))") }
            for path in diff.changed { Terminal.line("changed  \(Terminal.visible(path))") }
            for path in diff.deleted { Terminal.line("deleted  \(Terminal.visible(path))") }
            for path in diff.manifestFiles { Terminal.line("manifest \(Terminal.visible(path))") }
            if !global.quiet {
                Terminal.line("\(DiagnosticPrinter.plural(diff.uploads.count, "file")) to upload, \(diff.deleted.count) to delete.")
            }
        }
    }

    /// The old manifest's bytes and name: a file as it is, or the manifest of a site.
    private func oldManifest(files: ManifestFiles) async throws -> (Data, String) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: old, isDirectory: &isDirectory), !isDirectory.boolValue {
            return (try Data(contentsOf: URL(fileURLWithPath: old)), old)
        }
        do {
            let site = try PublishedSite(old)
            guard let data = try await site.contents(of: files.manifest) else {
                throw DiagnosticError(.error("the deployed site has no manifest (a first deploy, or a site built by an older cmblog): upload the whole build", path: site.name(of: files.manifest)))
            }
            return (data, site.name(of: files.manifest))
        } catch let error as ManifestError {
            throw DiagnosticError(.error(error.message, path: old))
        }
    }

    private static func parse(_ data: Data, name: String) throws -> PublicationManifest {
        do {
            return try PublicationManifest(data: data, name: name)
        } catch {
            throw DiagnosticError(.error(error.message, path: name))
        }
    }
}

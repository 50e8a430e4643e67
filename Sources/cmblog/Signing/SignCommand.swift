import ArgumentParser
import CMBlogBuild
import CMBlogContent
import CMBlogCore
import Foundation

/// `cmblog sign PATH...`.
struct SignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Sign posts with their author's key: writes PATH.minisig beside each.",
        discussion: "Uses ~/.config/cmblog/keys/AUTHOR.key unless --key is given. Sign again after every change: the build refuses a post changed after it was signed."
    )

    @Argument(help: ArgumentHelp("Posts or pages to sign.", valueName: "path"))
    var paths: [String]

    @Option(name: .long, help: ArgumentHelp("The secret key to sign with.", valueName: "file"))
    var key: String?

    @Option(name: .long, help: ArgumentHelp("The content repository (default: the one holding the first path).", valueName: "dir"))
    var source: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one post to sign") }
        if let source { try SourceOption.check(source) }
    }

    func run() throws {
        let files = paths.map { URL(fileURLWithPath: $0).standardizedFileURL }
        let root = try source.map { URL(fileURLWithPath: $0) } ?? Self.repository(containing: files[0])
        let signing = PostSigning(source: root, keyFile: key.map { URL(fileURLWithPath: $0) }, keyFolder: KeygenCommand.keyFolder)
        let signed = try signing.sign(files)
        guard !global.quiet else { return }
        for item in signed {
            Terminal.line("Signed \(item.path) as \(item.authorName) (\(item.keyID)) → \(SignedSource.signaturePath(of: item.path))")
        }
    }

    /// The nearest folder above `file` that holds a cmblog.yml.
    static func repository(containing file: URL) throws -> URL {
        var folder = file.deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appending(path: SiteConfig.fileName).path) { return folder }
            folder = folder.deletingLastPathComponent()
        }
        throw DiagnosticError(.error("not inside a content repository (no \(SiteConfig.fileName) above it); pass --source DIR", path: file.path))
    }
}

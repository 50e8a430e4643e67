import ArgumentParser
import CMBlogBuild
import CMBlogCore
import CMBlogSigning
import Foundation

/// `cmblog keygen --author ID`.
struct KeygenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Create an author's signing key pair (minisign format).",
        discussion: """
            The secret key is written outside the repository (default: ~/.config/cmblog/keys/ID.key, \
            mode 0600) and never inside it; the public key is written into authors/ID.yml as `key:`.
            """
    )

    @Option(help: ArgumentHelp("The author id (a file of authors/).", valueName: "id"))
    var author: String

    @Option(name: .long, help: ArgumentHelp("Where to write the secret key.", valueName: "file"))
    var key: String?

    @OptionGroup var repository: SourceOption

    @Flag(help: "Replace an existing key.")
    var force = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let keyFile = key.map { URL(fileURLWithPath: $0) } ?? SecretKeyFolder.keyFile(for: author, in: Self.keyFolder)
        let result = try KeyGeneration.run(source: repository.url, authorID: author, keyFile: keyFile, force: force)
        guard !global.quiet else { return }
        Terminal.line("""
            \(result.replaced ? "Replaced" : "Created") the signing key of \(author) (\(result.publicKey.keyIDText)).
              secret key: \(result.keyFile.path) (keep it private; never commit it)
              public key: \(result.publicKey.base64), written to \(result.authorFile)
            Next: commit \(result.authorFile), then sign posts with `cmblog sign content/posts/FILE.md`.
            """)
    }

    /// The default folder of secret keys.
    static var keyFolder: URL {
        SecretKeyFolder.url(environment: ProcessInfo.processInfo.environment, userHome: FileManager.default.homeDirectoryForCurrentUser)
    }
}

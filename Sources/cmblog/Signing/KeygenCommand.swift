import ArgumentParser
import CMBlogBuild
import CMBlogCore
import CMBlogSigning
import Foundation

/// `cmblog keygen --author ID` and `cmblog keygen --site`.
struct KeygenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Create an author's or the site's signing key pair (minisign format).",
        discussion: """
            The secret key is written outside the repository (default: ~/.config/cmblog/keys/ID.key, \
            or site@HOST.key for the site, mode 0600) and never inside it; the public key is written \
            into authors/ID.yml as `key:`, or into cmblog.yml as `site_key:`. The site key signs the \
            manifest of every build; in CI, give the secret key's text in $CMBLOG_SITE_KEY.
            """
    )

    @Option(help: ArgumentHelp("The author id (a file of authors/).", valueName: "id"))
    var author: String?

    @Flag(help: "Create the site's key, which signs the manifest of the published files.")
    var site = false

    @Option(name: .long, help: ArgumentHelp("Where to write the secret key.", valueName: "file"))
    var key: String?

    @OptionGroup var repository: SourceOption

    @Flag(help: "Replace an existing key.")
    var force = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if site == (author != nil) { throw ValidationError("give either --author ID or --site") }
    }

    func run() throws {
        let result: KeyGeneration.Result
        let owner: String, next: String
        if let author {
            let keyFile = key.map { URL(fileURLWithPath: $0) } ?? SecretKeyFolder.keyFile(for: author, in: Self.keyFolder)
            result = try KeyGeneration.run(source: repository.url, authorID: author, keyFile: keyFile, force: force)
            (owner, next) = (author, "sign posts with `cmblog sign content/posts/FILE.md`")
        } else {
            let keyFile = try key.map { URL(fileURLWithPath: $0) } ?? Self.siteKeyFile(source: repository.url)
            result = try KeyGeneration.runForSite(source: repository.url, keyFile: keyFile, force: force)
            (owner, next) = ("the site", "every `cmblog build` on this machine signs the manifest (in CI, put the secret key's text in $\(SiteSecretKey.environmentVariable))")
        }
        guard !global.quiet else { return }
        Terminal.line("""
            \(result.replaced ? "Replaced" : "Created") the signing key of \(owner) (\(result.publicKey.keyIDText)).
              secret key: \(result.keyFile.path) (keep it private; never commit it)
              public key: \(result.publicKey.base64), written to \(result.settingsFile)
            Next: commit \(result.settingsFile), then \(next).
            """)
    }

    /// The site's secret key for `config`: `file` (`--key`), else `$CMBLOG_SITE_KEY`, else the
    /// default file when present; nil when none.
    static func siteSecretKey(config: SiteConfig, file: String?) throws -> MinisignSecretKey? {
        try SiteSecretKey.load(
            environment: ProcessInfo.processInfo.environment, file: file.map { URL(fileURLWithPath: $0) }, config: config, keyFolder: keyFolder)
    }

    /// The default secret key file of the site in `source`, named after its host.
    static func siteKeyFile(source: URL) throws -> URL {
        let config = try SiteConfig.load(from: LocalFileSystem(root: source)).0
        return SecretKeyFolder.siteKeyFile(for: config, in: keyFolder)
    }

    /// The default folder of secret keys.
    static var keyFolder: URL {
        SecretKeyFolder.url(environment: ProcessInfo.processInfo.environment, userHome: FileManager.default.homeDirectoryForCurrentUser)
    }
}

import ArgumentParser
import CMBlogBuild
import CMBlogCore
import Foundation

/// `cmblog sign-site`.
struct SignSiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign-site",
        abstract: "Sign the manifest of a built site with the site key.",
        discussion: """
            For a CI step that alone receives the site's secret key: writes the signature beside the \\
            manifest (default: public/.well-known/cmblog/manifest.json.minisig). The key comes from \\
            --key, else $CMBLOG_SITE_KEY (the key file's text), else ~/.config/cmblog/keys/site@HOST.key.
            """
    )

    @OptionGroup var repository: SourceOption

    @Option(name: .long, help: ArgumentHelp("The built site (default: public/ in the source folder).", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("The site's secret key file.", valueName: "file"))
    var key: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let config = try SiteConfig.load(from: LocalFileSystem(root: repository.url)).0
        let outputURL = output.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? repository.url.appending(path: SourceLayout.defaultOutputFolder)
        guard let secret = try KeygenCommand.siteSecretKey(config: config, file: key) else {
            throw DiagnosticError(.error(
                "no site secret key: pass --key FILE, set $\(SiteSecretKey.environmentVariable) to the key file's text, or create one with `cmblog keygen --site`",
                path: SecretKeyFolder.siteKeyFile(for: config, in: KeygenCommand.keyFolder).path))
        }
        let result = try SiteSigning.sign(output: outputURL, config: config, key: secret)
        guard !global.quiet else { return }
        Terminal.line("Signed the manifest of \(DiagnosticPrinter.plural(result.fileCount, "file")) with the site key (\(result.keyID)) → \(result.signatureFile.path)")
    }
}

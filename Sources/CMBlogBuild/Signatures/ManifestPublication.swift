import CMBlogCore
import CMBlogManifest
import CMBlogSigning
import Foundation

/// The last step of a build: the manifest of every file just written, and its signature when
/// the site's secret key is at hand.
struct ManifestPublication {
    let files: ManifestFiles
    let sourceCommit: String?
    let siteKey: MinisignSecretKey?
    let siteName: String

    /// - Throws: A `DiagnosticError` at `site_key:` when the secret key is not the site's.
    init(config: SiteConfig, source: URL, siteKey: MinisignSecretKey?) throws(DiagnosticError) {
        files = ManifestFiles(config)
        sourceCommit = SourceCommit.of(repository: source)
        siteName = Self.siteName(config)
        self.siteKey = siteKey
        if let siteKey { try Self.check(siteKey, against: config) }
    }

    /// How the signature's trusted comment names the site: its host.
    static func siteName(_ config: SiteConfig) -> String {
        config.baseURL.host() ?? config.baseURL.absoluteString
    }

    /// Refuses a secret key that is not the one `site_key:` publishes: its signatures would
    /// not verify against the published key.
    static func check(_ siteKey: MinisignSecretKey, against config: SiteConfig) throws(DiagnosticError) {
        guard let setting = config.siteKey else {
            throw DiagnosticError(.error(
                "a site secret key (\(siteKey.publicKey.keyIDText)) was given, but cmblog.yml has no `site_key:` to publish its public key; add `site_key: \(siteKey.publicKey.base64)`",
                path: SiteConfig.fileName))
        }
        guard (try? MinisignPublicKey(text: setting.value)) == siteKey.publicKey else {
            throw DiagnosticError(.error(
                "the site secret key given (\(siteKey.publicKey.keyIDText)) is not the key of `site_key:`; sign with the site's own key, or run `cmblog keygen --site --force` to replace it",
                path: SiteConfig.fileName, line: setting.line, column: 1))
        }
    }

    /// The files this step writes, for the folders they need.
    var paths: [String] { [files.manifest] + (siteKey == nil ? [] : [files.signature]) }

    /// The manifest listing `entries`, and its signature.
    func files(listing entries: [PublicationManifest.Entry]) throws -> [OutputFile] {
        let manifest = PublicationManifest(sourceCommit: sourceCommit, files: entries).data
        var output = [OutputFile(path: files.manifest, contents: .bytes(manifest))]
        if let siteKey {
            let signature = try ManifestSignature.sign(manifest, publishedAt: files.manifest, site: siteName, with: siteKey)
            output.append(OutputFile(path: files.signature, contents: .bytes(Data(signature.utf8))))
        }
        return output
    }
}

import CMBlogCore
import CMBlogManifest
import CMBlogSigning
import Foundation

/// `cmblog sign-site`: signs the manifest of a site already built, for a CI step that alone
/// receives the site's secret key.
public enum SiteSigning {
    /// What was written.
    public struct Result: Sendable {
        /// The signature file written.
        public let signatureFile: URL
        public let keyID: String
        public let fileCount: Int
    }

    /// Writes the signature beside the manifest of the site in `output`.
    /// - Throws: A `DiagnosticError` when the manifest is missing or malformed, or the key is
    ///   not the one of `site_key:`.
    public static func sign(output: URL, config: SiteConfig, key: MinisignSecretKey) throws -> Result {
        try ManifestPublication.check(key, against: config)
        let files = ManifestFiles(config)
        let manifestFile = output.appending(path: files.manifest)
        guard let data = try? Data(contentsOf: manifestFile) else {
            throw DiagnosticError(.error("no manifest here: build the site first (`cmblog build`), or give its folder with --output", path: manifestFile.path))
        }
        let manifest: PublicationManifest
        do {
            manifest = try PublicationManifest(data: data, name: manifestFile.path)
        } catch {
            throw DiagnosticError(.error(error.message, path: manifestFile.path))
        }
        let signature = try ManifestSignature.sign(data, publishedAt: files.manifest, site: ManifestPublication.siteName(config), with: key)
        let signatureFile = output.appending(path: files.signature)
        do {
            try Data(signature.utf8).write(to: signatureFile, options: .atomic)
        } catch {
            throw DiagnosticError(.error("cannot write the signature: \(error.localizedDescription)", path: signatureFile.path))
        }
        return Result(signatureFile: signatureFile, keyID: key.publicKey.keyIDText, fileCount: manifest.files.count)
    }
}

import CMBlogSigning
import Foundation

/// The site key's signature of a manifest: a minisign `.minisig` of the manifest's bytes, so
/// `minisign -Vm manifest.json -P <site key>` checks it as well as `cmblog verify` does.
public enum ManifestSignature {
    /// The signature file's text for the manifest bytes `manifest`, published at `path`.
    ///
    /// Its trusted comment names the site and the file, and no date: the same manifest signed
    /// with the same key gives the same bytes.
    public static func sign(_ manifest: Data, publishedAt path: String, site: String, with key: MinisignSecretKey) throws -> String {
        let name = (path as NSString).lastPathComponent
        let signature = try key.sign(
            manifest, trustedComment: "cmblog site:\(site) file:\(name)", untrustedComment: "signature of the manifest of \(site) (cmblog)")
        return signature.fileText
    }

    /// Checks that `signatureText` is a signature of `manifest` (its published bytes) by `key`.
    /// - Throws: A `ManifestError` saying why it is refused.
    public static func verify(_ manifest: Data, signatureText: String, key: MinisignPublicKey, name: String) throws(ManifestError) {
        let signature: MinisignSignature
        do {
            signature = try MinisignSignature(text: signatureText)
        } catch {
            throw ManifestError("the signature of \(name) is malformed: \(error)")
        }
        do throws(SignatureMismatch) {
            try key.verify(signature, of: manifest)
        } catch {
            switch error {
            case .otherKey(let id):
                throw ManifestError("\(name) was signed with key \(id), not with the site key \(key.keyIDText)")
            case .contentChanged:
                throw ManifestError("the signature does not match \(name): the manifest was changed after it was signed, or the signature forged")
            case .trustedCommentChanged:
                throw ManifestError("the trusted comment of the signature of \(name) was altered, so the signature is void")
            }
        }
    }
}

import CMBlogCore
import Foundation

/// The site key (`site.siteKey`), where a visitor finds it: `value` (the `RW…` line),
/// `fileURL` (site.pub), `manifestURL`, `signatureURL` (absent when the build had no secret
/// key to sign with), and the commands that check the manifest, `minisignCommand` and
/// `verifyCommand`.
struct SiteKeyView: TemplateParent, Sendable {
    let value: String
    let fileURL: String
    let manifestURL: String
    let signatureURL: String?
    let verifyCommand: String

    /// Nil when the site has no `site_key:`.
    init?(config: SiteConfig) {
        guard let key = config.siteKey?.value else { return nil }
        let files = ManifestFiles(config)
        func link(_ file: String) -> String { config.basePath + file }
        value = key
        fileURL = link(files.publicKey)
        manifestURL = link(files.manifest)
        signatureURL = config.manifestIsSigned ? link(files.signature) : nil
        verifyCommand = "cmblog verify \(config.baseURL.absoluteString) --key \(key)"
    }

    func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "fileURL": fileURL
        case "manifestURL": manifestURL
        case "signatureURL": signatureURL
        case "minisignCommand": ViewContext.verifyCommand(file: "manifest.json", key: value)
        case "verifyCommand": verifyCommand
        default: nil
        }
    }
}

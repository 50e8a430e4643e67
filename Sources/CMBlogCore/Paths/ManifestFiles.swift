import Foundation

/// Where a site publishes its manifest (the `manifest:` setting), the manifest's signature
/// (`.minisig` beside it) and the site key (`site.pub` in the same folder); paths relative to
/// the site's root.
public struct ManifestFiles: Sendable, Equatable {
    /// The file name of the published site key.
    public static let publicKeyName = "site.pub"

    public let manifest: String

    /// - Parameter manifest: The manifest's path, relative to the site's root.
    public init(manifest: String) {
        self.manifest = manifest
    }

    /// The files of a site with these settings.
    public init(_ config: SiteConfig) {
        self.init(manifest: String(config.manifestPath.value.dropFirst()))
    }

    /// Where cmblog publishes them unless told otherwise.
    public static let standard = ManifestFiles(SiteConfig(title: "", baseURL: URL(string: "https://example.invalid/")!))

    /// The manifest's signature.
    public var signature: String { manifest + ".minisig" }

    /// The site key, beside the manifest.
    public var publicKey: String {
        guard let slash = manifest.lastIndex(of: "/") else { return Self.publicKeyName }
        return manifest[...slash] + Self.publicKeyName
    }
}

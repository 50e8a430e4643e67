import Foundation

/// An entry's file as stored, with its detached minisign signature (`<file>.minisig`).
public struct SignedSource: Sendable, Hashable, Codable {
    /// What the signature covers: the file's bytes as stored, without the `syndication:` block
    /// that `cmblog syndicate` adds after publishing (see `SyndicationBlock`).
    public let bytes: Data
    /// The `.minisig` file, relative to the source folder.
    public let signaturePath: String
    /// The text of the `.minisig` file.
    public let signatureText: String

    public init(bytes: Data, signaturePath: String, signatureText: String) {
        self.bytes = bytes
        self.signaturePath = signaturePath
        self.signatureText = signatureText
    }

    /// What a signature file adds to the name of the file it signs.
    public static let signatureExtension = ".minisig"

    /// The conventional signature file of `path`.
    public static func signaturePath(of path: String) -> String { path + signatureExtension }

    /// The file a signature file signs, or nil when `path` is not a signature file.
    public static func signedPath(ofSignature path: String) -> String? {
        path.hasSuffix(signatureExtension) ? String(path.dropLast(signatureExtension.count)) : nil
    }

    /// The file this signature covers, relative to the source folder.
    public var sourcePath: String { Self.signedPath(ofSignature: signaturePath) ?? signaturePath }
}

/// Checks entry signatures against authors' keys. The build supplies the implementation, so
/// the content model stays free of cryptography.
public protocol SignatureChecking: Sendable {
    /// What is wrong with an author's `key:`, or nil when it is a usable public key.
    func problem(withKey key: String) -> String?
    /// The id of the author among `authors` whose key made the signature of `source`.
    func signer(of source: SignedSource, among authors: [Author]) -> Result<String, SignatureProblem>
}

/// Why a signature was refused, with the line of the `.minisig` file at fault if there is one.
public struct SignatureProblem: Error, Sendable {
    public let message: String
    public let line: Int?

    public init(_ message: String, line: Int? = nil) {
        self.message = message
        self.line = line
    }
}

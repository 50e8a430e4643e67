import CMBlogCore
import Crypto
import Foundation

/// An Ed25519 public key in minisign's format: `Ed`, an 8-byte key id, the 32-byte key.
///
/// Its one-line base64 form is what `minisign -P` takes and what `key:` holds in an author file.
public struct MinisignPublicKey: Sendable, Equatable {
    static let algorithm: [UInt8] = Array("Ed".utf8)

    /// The key id as stored (little-endian).
    public let keyID: [UInt8]
    /// The raw Ed25519 public key.
    public let keyBytes: [UInt8]

    public init(keyID: [UInt8], keyBytes: [UInt8]) {
        precondition(keyID.count == 8 && keyBytes.count == 32, "a minisign key id is 8 bytes and its key 32")
        self.keyID = keyID
        self.keyBytes = keyBytes
    }

    /// Reads the base64 line, or a whole `.pub` file (comment line and base64 line).
    public init(text: String) throws {
        let lines = MinisignLines.split(text)
        let (line, number): (Substring?, Int) =
            lines.first?.hasPrefix(MinisignLines.untrustedPrefix) == true ? (lines.dropFirst().first, 2) : (lines.first, 1)
        guard let line, lines.count <= number else {
            throw MinisignError("a minisign public key is one base64 line, optionally after an `untrusted comment:` line", line: number)
        }
        let bytes = try MinisignLines.decode(line, count: 42, what: "the public key", lineNumber: number)
        guard Array(bytes[0..<2]) == Self.algorithm else {
            throw MinisignError("this is not an Ed25519 minisign public key (it should start with RW)", line: number)
        }
        self.init(keyID: Array(bytes[2..<10]), keyBytes: Array(bytes[10..<42]))
    }

    /// The one-line form: `RW…`.
    public var base64: String { MinisignLines.base64(Self.algorithm + keyID + keyBytes) }

    /// The key id as minisign prints it: 16 upper-case hexadecimal digits.
    public var keyIDText: String { Self.keyIDText(keyID) }

    /// The contents of a `minisign.pub` file.
    public var fileText: String { "\(MinisignLines.untrustedPrefix)minisign public key \(keyIDText)\n\(base64)\n" }

    /// Checks that `signature` was made by this key over `message`, trusted comment included.
    public func verify(_ signature: MinisignSignature, of message: some DataProtocol) throws(SignatureMismatch) {
        guard signature.keyID == keyID else { throw .otherKey(Self.keyIDText(signature.keyID)) }
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: keyBytes) else { throw .contentChanged }
        let signed: [UInt8] = switch signature.algorithm {
        case .legacy: Array(message)
        case .prehashed: BLAKE2b.hash(message)
        }
        guard key.isValidSignature(signature.signature, for: signed) else { throw .contentChanged }
        guard key.isValidSignature(signature.globalSignature, for: signature.signature + Array(signature.trustedComment.utf8)) else {
            throw .trustedCommentChanged
        }
    }

    static func keyIDText(_ keyID: [UInt8]) -> String {
        HexText.uppercase(keyID.reversed())
    }
}

/// Why a well-formed signature does not verify.
public enum SignatureMismatch: Error, Equatable, Sendable {
    /// The signature was made with another key, whose id is given.
    case otherKey(String)
    /// The signed file is not the one that was signed.
    case contentChanged
    /// The trusted comment was altered after signing.
    case trustedCommentChanged
}

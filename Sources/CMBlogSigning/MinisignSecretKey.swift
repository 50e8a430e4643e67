import Crypto
import Foundation

/// An Ed25519 secret key in minisign's unencrypted format (`minisign -G -W`).
///
/// The file's payload is: `Ed`, the key-derivation algorithm (two zero bytes: none), `B2`
/// (BLAKE2b checksum), 32 bytes of salt and 16 of scrypt limits (zero when unencrypted), the
/// key id, the 64-byte secret key (seed then public key) and a BLAKE2b-256 checksum.
public struct MinisignSecretKey: Sendable {
    private static let checksumAlgorithm: [UInt8] = Array("B2".utf8)
    private static let scrypt: [UInt8] = Array("Sc".utf8)
    private static let payloadSize = 158

    public let keyID: [UInt8]
    private let key: Curve25519.Signing.PrivateKey

    /// The matching public key.
    public var publicKey: MinisignPublicKey {
        MinisignPublicKey(keyID: keyID, keyBytes: Array(key.publicKey.rawRepresentation))
    }

    /// A key made from a 32-byte seed and an 8-byte id; the same seed always gives the same key.
    public init(seed: [UInt8], keyID: [UInt8]) throws {
        precondition(keyID.count == 8, "a minisign key id is 8 bytes")
        self.key = try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
        self.keyID = keyID
    }

    /// A new random key pair with a random key id.
    public static func generate() -> MinisignSecretKey {
        var generator = SystemRandomNumberGenerator()
        let seed = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let keyID = (0..<8).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        // A 32-byte seed is always a valid Ed25519 secret key.
        return try! MinisignSecretKey(seed: seed, keyID: keyID)
    }

    /// Reads a secret key file.
    public init(text: String) throws {
        let lines = MinisignLines.split(text)
        guard lines.count == 2, lines[0].hasPrefix(MinisignLines.untrustedPrefix) else {
            throw MinisignError("a minisign secret key file has 2 lines: an `untrusted comment:` line and a base64 line", line: 1)
        }
        let bytes = try MinisignLines.decode(lines[1], count: Self.payloadSize, what: "the secret key", lineNumber: 2)
        guard Array(bytes[0..<2]) == MinisignPublicKey.algorithm, Array(bytes[4..<6]) == Self.checksumAlgorithm else {
            throw MinisignError("this is not an Ed25519 minisign secret key", line: 2)
        }
        let kdf = Array(bytes[2..<4])
        if kdf == Self.scrypt {
            throw MinisignError(
                "this secret key is protected by a password, which cmblog does not read; keep an unencrypted copy outside the repository (`minisign -C -W -s FILE` removes the password)",
                line: 2)
        }
        guard kdf == [0, 0] else { throw MinisignError("unknown key-derivation algorithm in this secret key", line: 2) }
        let keyID = Array(bytes[54..<62])
        let secret = Array(bytes[62..<126])
        let checksum = Array(bytes[126..<158])
        if checksum.contains(where: { $0 != 0 }), checksum != Self.checksum(keyID: keyID, secret: secret) {
            throw MinisignError("the secret key's checksum does not match: the file is damaged", line: 2)
        }
        try self.init(seed: Array(secret[0..<32]), keyID: keyID)
        guard Array(key.publicKey.rawRepresentation) == Array(secret[32..<64]) else {
            throw MinisignError("the secret key's two halves do not match: the file is damaged", line: 2)
        }
    }

    /// The contents of the secret key file (unencrypted: keep it private, mode 0600).
    public func fileText(comment: String) -> String {
        let secret = Array(key.rawRepresentation) + Array(key.publicKey.rawRepresentation)
        let payload = MinisignPublicKey.algorithm + [0, 0] + Self.checksumAlgorithm
            + [UInt8](repeating: 0, count: 48) + keyID + secret + Self.checksum(keyID: keyID, secret: secret)
        return "\(MinisignLines.untrustedPrefix)\(comment)\n\(MinisignLines.base64(payload))\n"
    }

    /// Signs `message` the way current minisign does (`ED`, prehashed with BLAKE2b-512).
    /// - Parameter trustedComment: One line, covered by the signature.
    public func sign(_ message: some DataProtocol, trustedComment: String, untrustedComment: String) throws -> MinisignSignature {
        guard !trustedComment.contains(where: \.isNewline), !untrustedComment.contains(where: \.isNewline) else {
            throw MinisignError("signature comments must fit on one line")
        }
        let signature = Array(try key.signature(for: BLAKE2b.hash(message)))
        let global = Array(try key.signature(for: signature + Array(trustedComment.utf8)))
        return MinisignSignature(
            algorithm: .prehashed, keyID: keyID, signature: signature,
            untrustedComment: untrustedComment, trustedComment: trustedComment, globalSignature: global)
    }

    private static func checksum(keyID: [UInt8], secret: [UInt8]) -> [UInt8] {
        BLAKE2b.hash(MinisignPublicKey.algorithm + keyID + secret, outputByteCount: 32)
    }
}

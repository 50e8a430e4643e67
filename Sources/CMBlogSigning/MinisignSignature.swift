import Foundation

/// A minisign signature file (`.minisig`):
///
///     untrusted comment: <free text>
///     base64(<algorithm: Ed or ED> <key id: 8 bytes> <Ed25519 signature: 64 bytes>)
///     trusted comment: <text covered by the global signature>
///     base64(<Ed25519 signature of the signature followed by the trusted comment>)
public struct MinisignSignature: Sendable, Equatable {
    /// What the Ed25519 signature covers.
    public enum Algorithm: Sendable, Equatable {
        /// `Ed`: the file itself (minisign's legacy format, `-l`).
        case legacy
        /// `ED`: the BLAKE2b-512 digest of the file (minisign's default since 0.8).
        case prehashed

        var tag: [UInt8] { Array((self == .legacy ? "Ed" : "ED").utf8) }
    }

    public let algorithm: Algorithm
    public let keyID: [UInt8]
    public let signature: [UInt8]
    public let untrustedComment: String
    public let trustedComment: String
    public let globalSignature: [UInt8]

    init(algorithm: Algorithm, keyID: [UInt8], signature: [UInt8], untrustedComment: String, trustedComment: String, globalSignature: [UInt8]) {
        self.algorithm = algorithm
        self.keyID = keyID
        self.signature = signature
        self.untrustedComment = untrustedComment
        self.trustedComment = trustedComment
        self.globalSignature = globalSignature
    }

    /// Reads a `.minisig` file.
    public init(text: String) throws {
        let lines = MinisignLines.split(text)
        guard lines.count == 4 else {
            throw MinisignError("a minisign signature has 4 lines (untrusted comment, signature, trusted comment, global signature); this file has \(lines.count)", line: min(lines.count + 1, 5))
        }
        untrustedComment = try MinisignLines.comment(lines[0], prefix: MinisignLines.untrustedPrefix, lineNumber: 1)
        let bytes = try MinisignLines.decode(lines[1], count: 74, what: "the signature", lineNumber: 2)
        switch Array(bytes[0..<2]) {
        case Algorithm.legacy.tag: algorithm = .legacy
        case Algorithm.prehashed.tag: algorithm = .prehashed
        default: throw MinisignError("unknown signature algorithm; minisign signatures start with RW (Ed) or RU (ED)", line: 2)
        }
        keyID = Array(bytes[2..<10])
        signature = Array(bytes[10..<74])
        trustedComment = try MinisignLines.comment(lines[2], prefix: MinisignLines.trustedPrefix, lineNumber: 3)
        globalSignature = try MinisignLines.decode(lines[3], count: 64, what: "the global signature", lineNumber: 4)
    }

    /// The key id as minisign prints it.
    public var keyIDText: String { MinisignPublicKey.keyIDText(keyID) }

    /// The contents of the `.minisig` file.
    public var fileText: String {
        """
        \(MinisignLines.untrustedPrefix)\(untrustedComment)
        \(MinisignLines.base64(algorithm.tag + keyID + signature))
        \(MinisignLines.trustedPrefix)\(trustedComment)
        \(MinisignLines.base64(globalSignature))

        """
    }
}

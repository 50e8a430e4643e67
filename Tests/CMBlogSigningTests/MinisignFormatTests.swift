import CMBlogSigning
import Foundation
import Testing

/// A fixed key, so signatures in these tests are reproducible (Ed25519 is deterministic).
let testKey = try! MinisignSecretKey(seed: Array(repeating: 7, count: 32), keyID: [1, 2, 3, 4, 5, 6, 7, 8])

@Suite("minisign keys and signatures")
struct MinisignFormatTests {
    let message = Data("---\ntitle: Bonjour\n---\nUn billet.\n".utf8)

    @Test("a signature verifies with its public key and survives a round trip through its file")
    func roundTrip() throws {
        let signature = try testKey.sign(message, trustedComment: "cmblog author:camille post:bonjour", untrustedComment: "signature")
        let reread = try MinisignSignature(text: signature.fileText)
        #expect(reread == signature)
        #expect(reread.algorithm == .prehashed)
        let publicKey = try MinisignPublicKey(text: testKey.publicKey.base64)
        try publicKey.verify(reread, of: message)
        #expect(try MinisignPublicKey(text: publicKey.fileText) == publicKey)
        #expect(publicKey.keyIDText == "0807060504030201")
        #expect(publicKey.base64.hasPrefix("RW"))
    }

    @Test("a changed file, an edited trusted comment or another key are each told apart")
    func mismatches() throws {
        let signature = try testKey.sign(message, trustedComment: "cmblog author:camille", untrustedComment: "signature")
        #expect(throws: SignatureMismatch.contentChanged) {
            try testKey.publicKey.verify(signature, of: self.message + Data("!".utf8))
        }
        let edited = signature.fileText.replacingOccurrences(of: "author:camille", with: "author:jonas")
        #expect(throws: SignatureMismatch.trustedCommentChanged) {
            try testKey.publicKey.verify(try MinisignSignature(text: edited), of: self.message)
        }
        let other = try MinisignSecretKey(seed: Array(repeating: 9, count: 32), keyID: [9, 9, 9, 9, 9, 9, 9, 9])
        #expect(throws: SignatureMismatch.otherKey("0807060504030201")) {
            try other.publicKey.verify(signature, of: self.message)
        }
    }

    @Test("a secret key survives a round trip through its file")
    func secretKeyFile() throws {
        let text = testKey.fileText(comment: "cmblog secret key")
        let reread = try MinisignSecretKey(text: text)
        #expect(reread.publicKey == testKey.publicKey)
        let generated = MinisignSecretKey.generate()
        #expect(try MinisignSecretKey(text: generated.fileText(comment: "x")).publicKey == generated.publicKey)
        #expect(generated.publicKey != testKey.publicKey)
    }

    @Test("malformed keys and signatures give an error naming the line", arguments: [
        ("RWQ", 1),
        ("untrusted comment: x\nnot base64!\n", 2),
        ("untrusted comment: x\nRWQBAgMEBQYHCA==\n", 2),
        ("untrusted comment: x\n" + Data([0x45, 0x45] + Array(repeating: 1, count: 40)).base64EncodedString(), 2),
        ("", 1),
    ])
    func malformedPublicKeys(text: String, line: Int) {
        #expect {
            _ = try MinisignPublicKey(text: text)
        } throws: { error in
            (error as? MinisignError)?.line == line
        }
    }

    @Test("malformed signature files give an error naming the line")
    func malformedSignatures() throws {
        let good = SignatureFileLines(try testKey.sign(message, trustedComment: "t", untrustedComment: "u").fileText)
        let cases: [(String, Int)] = [
            ("", 1),
            (good.replacing(0, with: "comment: u"), 1),
            (good.replacing(1, with: "RWQ="), 2),
            (good.replacing(1, with: "RV" + good[1].dropFirst(2)), 2),
            (good.replacing(2, with: "t"), 3),
            (good.replacing(3, with: "%%%"), 4),
            (good.lines.prefix(3).joined(separator: "\n"), 4),
        ]
        for (text, line) in cases {
            #expect(throws: MinisignError.self) { try MinisignSignature(text: text) }
            do {
                _ = try MinisignSignature(text: text)
            } catch let error as MinisignError {
                #expect(error.line == line, "\(text): \(error)")
            }
        }
    }

    @Test("a password-protected or damaged secret key is refused with a reason")
    func badSecretKeys() throws {
        let text = testKey.fileText(comment: "k")
        var payload = [UInt8](Data(base64Encoded: String(text.split(separator: "\n")[1]))!)
        var encrypted = payload
        encrypted[2] = UInt8(ascii: "S")
        encrypted[3] = UInt8(ascii: "c")
        #expect(throws: MinisignError.self) { try MinisignSecretKey(text: "untrusted comment: k\n" + Data(encrypted).base64EncodedString()) }
        payload[70] ^= 1
        #expect {
            try MinisignSecretKey(text: "untrusted comment: k\n" + Data(payload).base64EncodedString())
        } throws: { error in
            (error as? MinisignError)?.reason.contains("damaged") == true
        }
    }
}

/// The lines of a file, to break one at a time.
struct SignatureFileLines {
    let lines: [String]
    init(_ text: String) { lines = text.split(separator: "\n").map(String.init) }
    subscript(index: Int) -> String { lines[index] }
    func replacing(_ index: Int, with line: String) -> String {
        var copy = lines
        copy[index] = line
        return copy.joined(separator: "\n")
    }
}

import CMBlogSigning
import CMBlogTestSupport
import Foundation
import Testing

/// Proves the format against the reference tool: what cmblog writes, `minisign` accepts, and
/// what `minisign` writes, cmblog accepts. Requires the `minisign` command
/// (`scripts/install-dependencies` installs it).
@Suite("minisign interoperability")
struct MinisignInteropTests {
    let folder: URL
    let minisign: URL
    let message = Data("---\ntitle: Café\n---\nDu texte accentué.\n".utf8)

    init() throws {
        minisign = try #require(Subprocess.find("minisign"), "install minisign (scripts/install-dependencies)")
        folder = try Subprocess.temporaryFolder("cmblog-minisign")
        try message.write(to: folder.appending(path: "post.md"))
    }

    @Test("a signature made by cmblog verifies with minisign")
    func cmblogSignatureVerifiesWithMinisign() throws {
        let key = MinisignSecretKey.generate()
        let signature = try key.sign(message, trustedComment: "cmblog author:camille post:cafe", untrustedComment: "signature from cmblog")
        try signature.fileText.write(to: folder.appending(path: "post.md.minisig"), atomically: true, encoding: .utf8)
        let result = try Subprocess.run(minisign, ["-V", "-H", "-m", "post.md", "-P", key.publicKey.base64], in: folder)
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.output.contains("cmblog author:camille post:cafe"))

        try (message + Data("tampered".utf8)).write(to: folder.appending(path: "post.md"))
        let tampered = try Subprocess.run(minisign, ["-V", "-m", "post.md", "-P", key.publicKey.base64], in: folder)
        #expect(tampered.status != 0)
    }

    @Test("a key pair and signatures made by minisign are accepted by cmblog", arguments: [false, true])
    func minisignKeyAndSignatureAccepted(legacy: Bool) throws {
        let generated = try Subprocess.run(minisign, ["-G", "-W", "-p", "key.pub", "-s", "key.key"], in: folder)
        try #require(generated.status == 0, "\(generated.error)")
        let sign = try Subprocess.run(minisign, ["-S", "-s", "key.key", "-m", "post.md", "-t", "signed by minisign"] + (legacy ? ["-l"] : []), in: folder)
        try #require(sign.status == 0, "\(sign.error)")

        let publicKey = try MinisignPublicKey(text: String(contentsOf: folder.appending(path: "key.pub"), encoding: .utf8))
        let signature = try MinisignSignature(text: String(contentsOf: folder.appending(path: "post.md.minisig"), encoding: .utf8))
        #expect(signature.algorithm == (legacy ? .legacy : .prehashed))
        #expect(signature.trustedComment == "signed by minisign")
        try publicKey.verify(signature, of: message)
        #expect(throws: SignatureMismatch.contentChanged) { try publicKey.verify(signature, of: self.message.dropLast()) }

        let secretKey = try MinisignSecretKey(text: String(contentsOf: folder.appending(path: "key.key"), encoding: .utf8))
        #expect(secretKey.publicKey == publicKey)
    }

    @Test("minisign signs with a secret key file written by cmblog")
    func minisignUsesCmblogSecretKey() throws {
        let key = MinisignSecretKey.generate()
        try key.fileText(comment: "cmblog secret key").write(to: folder.appending(path: "cmblog.key"), atomically: true, encoding: .utf8)
        let sign = try Subprocess.run(minisign, ["-S", "-W", "-s", "cmblog.key", "-m", "post.md"], in: folder)
        try #require(sign.status == 0, "\(sign.output)\(sign.error)")
        let signature = try MinisignSignature(text: String(contentsOf: folder.appending(path: "post.md.minisig"), encoding: .utf8))
        try key.publicKey.verify(signature, of: message)
    }
}

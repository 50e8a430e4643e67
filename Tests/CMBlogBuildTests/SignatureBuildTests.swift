import CMBlogBuild
import CMBlogContent
import CMBlogCore
import CMBlogSigning
import CMBlogTestSupport
import Foundation
import Testing

/// Fixed keys: Ed25519 is deterministic, so these tests never vary.
private let anaKey = try! MinisignSecretKey(seed: Array(repeating: 1, count: 32), keyID: [1, 1, 1, 1, 1, 1, 1, 1])
private let otherKey = try! MinisignSecretKey(seed: Array(repeating: 2, count: 32), keyID: [2, 2, 2, 2, 2, 2, 2, 2])

@Suite("Signed posts in the build")
struct SignatureBuildTests {
    /// The minimal site with Ana's public key, and `first.md` signed by `key`.
    func signedSite(by key: MinisignSecretKey = anaKey, settings: String = "", extra: String = "") throws -> URL {
        let site = try writeSite(extra)
        try append("key: \(anaKey.publicKey.base64)\n", to: site.appending(path: "authors/ana.yml"))
        try append(settings, to: site.appending(path: "cmblog.yml"))
        try sign("content/posts/first.md", in: site, with: key)
        return site
    }

    func sign(_ path: String, in site: URL, with key: MinisignSecretKey) throws {
        let bytes = try Data(contentsOf: site.appending(path: path))
        let signature = try key.sign(bytes, trustedComment: "cmblog author:ana file:\((path as NSString).lastPathComponent)", untrustedComment: "test")
        try signature.fileText.write(to: site.appending(path: path + ".minisig"), atomically: true, encoding: .utf8)
    }

    func append(_ text: String, to file: URL) throws {
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    @Test("a valid signature publishes the signed source, its signature, the key and the manifest")
    func publishesSignedSource() async throws {
        let site = try signedSite()
        let output = try temporaryFolder().appending(path: "public")
        try await build(site, into: output)
        let source = try Data(contentsOf: output.appending(path: "2020/01/first/index.md"))
        #expect(source == (try Data(contentsOf: site.appending(path: "content/posts/first.md"))))
        let signature = try MinisignSignature(text: String(contentsOf: output.appending(path: "2020/01/first/index.md.minisig"), encoding: .utf8))
        let key = try MinisignPublicKey(text: String(contentsOf: output.appending(path: "authors/ana/minisign.pub"), encoding: .utf8))
        try key.verify(signature, of: source)
        let html = try String(contentsOf: output.appending(path: "2020/01/first/index.html"), encoding: .utf8)
        #expect(html.contains("<a class=\"signature-badge\" href=\"#signature\">Signed by Ana</a>"))
        #expect(html.contains("minisign -Vm index.md -P \(anaKey.publicKey.base64)"))
        let manifest = try JSONDecoder().decode(SignatureManifest.self, from: Data(contentsOf: output.appending(path: "signatures.json")))
        #expect(manifest.posts.map(\.source) == ["/2020/01/first/index.md"])
        let outcomes = try await SiteVerification { path in try Data(contentsOf: output.appending(path: String(path.dropFirst()))) }.run()
        #expect(outcomes.map(\.problem) == [nil])
    }

    @Test("syndication links added after signing keep the signature valid, and the published source is what was signed")
    func syndicationAfterSigning() async throws {
        let site = try signedSite()
        let file = site.appending(path: "content/posts/first.md")
        let signed = try Data(contentsOf: file)
        let text = try #require(SyndicationBlock.adding(["https://social.example/@ana/1"], existing: [], to: String(decoding: signed, as: UTF8.self)))
        try Data(text.utf8).write(to: file)
        let output = try temporaryFolder().appending(path: "public")
        try await build(site, into: output)
        let source = try Data(contentsOf: output.appending(path: "2020/01/first/index.md"))
        #expect(source == signed)
        let html = try String(contentsOf: output.appending(path: "2020/01/first/index.html"), encoding: .utf8)
        #expect(html.contains("Signed by Ana"))
        #expect(html.contains("class=\"u-syndication\""))
    }

    @Test("text slipped after a lone carriage return in the syndication block fails the build, even with signatures required")
    func loneCarriageReturnForgery() async throws {
        let site = try signedSite(settings: "signatures: required\n")
        let file = site.appending(path: "content/posts/first.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        let forged = text.replacingOccurrences(of: "author: ana\n---", with: "author: ana\nsyndication:\n- https://social.example/1\r---\r<h1>FORGED</h1>\r\n---")
        try Data(forged.utf8).write(to: file)
        let errors = try await buildErrors(site)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("content/posts/first.md.minisig:1:1: error: the signature does not match the file") == true)
    }

    @Test("a signed post whose author is unknown gets one clear error, not a message with blanks")
    func signedByUnknownAuthor() async throws {
        let site = try signedSite()
        let file = site.appending(path: "content/posts/first.md")
        try Data(try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "author: ana", with: "author: nobody").utf8).write(to: file)
        let errors = try await buildErrors(site)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.contains("unknown author `nobody`") == true)
    }

    @Test("a signature checked against no usable key says so")
    func noUsableKey() async throws {
        let site = try signedSite()
        try Data("name: Ana\nkey: RWnotakey\n".utf8).write(to: site.appending(path: "authors/ana.yml"))
        let errors = try await buildErrors(site)
        #expect(!errors.contains { $0.contains("key of ;") || $0.contains("in  to") }, "\(errors)")
    }

    @Test("a signature moved beside a file of another name or extension does not vouch for it", arguments: ["first.html", "other.md"])
    func signatureOfAnotherFile(name: String) async throws {
        let site = try signedSite()
        let posts = site.appending(path: "content/posts")
        try FileManager.default.moveItem(at: posts.appending(path: "first.md"), to: posts.appending(path: name))
        try FileManager.default.moveItem(at: posts.appending(path: "first.md.minisig"), to: posts.appending(path: name + ".minisig"))
        let errors = try await buildErrors(site)
        #expect(errors == ["content/posts/\(name).minisig:3:1: error: this signature was made for the file first.md, not for \(name); sign it again with `cmblog sign content/posts/\(name)` if this file is the one Ana meant to sign"])
    }

    @Test("a signature whose trusted comment names no file is refused")
    func signatureNamingNoFile() async throws {
        let site = try signedSite()
        let file = site.appending(path: "content/posts/first.md")
        let signature = try anaKey.sign(try Data(contentsOf: file), trustedComment: "cmblog author:ana", untrustedComment: "test")
        try signature.fileText.write(to: site.appending(path: "content/posts/first.md.minisig"), atomically: true, encoding: .utf8)
        #expect(try await buildErrors(site).first?.contains("does not name the file it signs") == true)
    }

    @Test("a post changed after signing fails the build, naming its signature")
    func tampered() async throws {
        let site = try signedSite()
        try append("One more line.\n", to: site.appending(path: "content/posts/first.md"))
        let errors = try await buildErrors(site)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("content/posts/first.md.minisig:1:1: error: the signature does not match the file: it was changed after Ana signed it") == true)
    }

    @Test("a signature made with a key that is not the author's fails the build")
    func otherKeySignature() async throws {
        let site = try signedSite(by: otherKey)
        let errors = try await buildErrors(site)
        #expect(errors == [
            "content/posts/first.md.minisig:2:1: error: this signature was made with key 0202020202020202, which is not the key of Ana (0101010101010101); sign it again with `cmblog sign content/posts/first.md` with the author's own key",
        ])
    }

    @Test("a malformed signature file and a malformed key name their line")
    func malformed() async throws {
        let site = try signedSite()
        try "untrusted comment: x\nnot base64\ntrusted comment: y\nAAAA\n".write(to: site.appending(path: "content/posts/first.md.minisig"), atomically: true, encoding: .utf8)
        var errors = try await buildErrors(site)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("content/posts/first.md.minisig:2:1: error: this signature file is malformed") == true)

        try "name: Ana\nkey: RWQnotakey\n".write(to: site.appending(path: "authors/ana.yml"), atomically: true, encoding: .utf8)
        errors = try await buildErrors(site)
        #expect(errors.contains { $0.hasPrefix("authors/ana.yml:2:1: error: `key` is not a minisign public key") })
    }

    @Test("signatures: required refuses an unsigned post, and accepts a signed one")
    func required() async throws {
        let site = try signedSite(settings: "signatures: required\n", extra: """
            -- content/posts/second.md --
            ---
            title: Second
            date: 2020-02-01
            author: ana
            ---
            Unsigned.
            """)
        #expect(try await buildErrors(site) == [
            "content/posts/second.md:1:1: error: this post is not signed, and cmblog.yml requires signatures (`signatures: required`): sign it with `cmblog sign content/posts/second.md`",
        ])
        try sign("content/posts/second.md", in: site, with: anaKey)
        #expect(try await buildErrors(site) == [])
    }

    @Test("a signed post whose author has no key fails; an unsigned one builds as unsigned")
    func noKey() async throws {
        let site = try writeSite()
        let output = try temporaryFolder().appending(path: "public")
        try await build(site, into: output)
        let html = try String(contentsOf: output.appending(path: "2020/01/first/index.html"), encoding: .utf8)
        #expect(!html.contains("signature-badge"))
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: "signatures.json").path))

        try sign("content/posts/first.md", in: site, with: anaKey)
        #expect(try await buildErrors(site) == [
            "content/posts/first.md.minisig: error: this post is signed, but no author of it has a `key:` in authors/ana.yml to check the signature with; run `cmblog keygen --author ana`",
        ])
    }
}

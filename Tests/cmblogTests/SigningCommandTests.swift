import CMBlogTestSupport
import Foundation
import Testing

/// `keygen`, `sign` and `verify` as a team would use them, checked against the minisign tool.
@Suite("Signing commands")
struct SigningCommandTests {
    let folder: URL
    let site: URL
    let keys: URL
    /// Keeps secret keys of these tests out of the real home folder.
    let environment: [String: String]

    init() throws {
        folder = try newFolder()
        site = folder.appending(path: "site")
        keys = folder.appending(path: "config")
        environment = ["XDG_CONFIG_HOME": keys.path]
        try InlineFixture("""
            -- cmblog.yml --
            title: Signed
            baseURL: https://signed.example.com/
            language: fr
            -- authors/ana.yml --
            # Ana writes about the workshop.
            name: Ana
            role: Rédactrice   # her title
            -- authors/bob.yml --
            name: Bob
            -- content/posts/2024-05-02-bonjour.md --
            ---
            title: Bonjour
            date: 2024-05-02
            author: ana
            ---
            Un billet signé.
            """).write(into: site)
    }

    func read(_ path: String) throws -> String { try String(contentsOf: site.appending(path: path), encoding: .utf8) }

    @Test("keygen follows $HOME when XDG_CONFIG_HOME is not set, as CI jobs and tests move it")
    func keygenFollowsHome() throws {
        let home = folder.appending(path: "home")
        let result = try cmblog("keygen", "--author", "ana", in: site, environment: ["HOME": home.path, "XDG_CONFIG_HOME": ""])
        #expect(result.status == 0, "\(result.error)")
        #expect(FileManager.default.fileExists(atPath: home.appending(path: ".config/cmblog/keys/ana.key").path))
    }

    @Test("keygen writes a private secret key outside the repository and the public key into the author file")
    func keygen() throws {
        let result = try cmblog("keygen", "--author", "ana", in: site, environment: environment)
        #expect(result.status == 0, "\(result.error)")
        let keyFile = keys.appending(path: "cmblog/keys/ana.key")
        let attributes = try FileManager.default.attributesOfItem(atPath: keyFile.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let author = try read("authors/ana.yml")
        #expect(author.hasPrefix("# Ana writes about the workshop.\nname: Ana\nrole: Rédactrice   # her title\nkey: RW"))
        let key = try #require(author.split(separator: "\n").last.map { String($0.dropFirst("key: ".count)) })
        #expect(result.output.contains(key))

        let again = try cmblog("keygen", "--author", "ana", in: site, environment: environment)
        #expect(again.status == 1)
        #expect(again.error.contains("pass --force to replace it"))
        #expect(try read("authors/ana.yml") == author)

        let forced = try cmblog("keygen", "--author", "ana", "--force", in: site, environment: environment)
        #expect(forced.status == 0)
        let replaced = try read("authors/ana.yml")
        #expect(replaced != author)
        #expect(replaced.components(separatedBy: "key: ").count == 2)
    }

    @Test("keygen refuses to write a secret key inside the repository, and an unknown author")
    func keygenRefusals() throws {
        let inside = try cmblog("keygen", "--author", "ana", "--key", "secret/ana.key", in: site, environment: environment)
        #expect(inside.status == 1)
        #expect(inside.error.contains("refusing to write a secret key inside the content repository"))
        #expect(!FileManager.default.fileExists(atPath: site.appending(path: "secret").path))
        #expect(!(try read("authors/ana.yml")).contains("key:"))

        let unknown = try cmblog("keygen", "--author", "zoe", in: site, environment: environment)
        #expect(unknown.status == 1)
        #expect(unknown.error.contains("no author `zoe`"))
    }

    @Test("sign, build and verify: the published post verifies with minisign and with cmblog verify")
    func signBuildVerify() throws {
        #expect(try cmblog("keygen", "--author", "ana", in: site, environment: environment).status == 0)
        let signed = try cmblog("sign", "content/posts/2024-05-02-bonjour.md", in: site, environment: environment)
        #expect(signed.status == 0, "\(signed.error)")
        #expect(try read("content/posts/2024-05-02-bonjour.md.minisig").contains("trusted comment: cmblog author:ana post:bonjour"))

        let built = try cmblog("build", in: site)
        #expect(built.status == 0, "\(built.error)")
        let post = site.appending(path: "public/2024/05/bonjour")
        let minisign = try #require(Subprocess.find("minisign"), "install minisign (scripts/install-dependencies)")
        let checked = try Subprocess.run(minisign, ["-V", "-m", "index.md", "-p", site.appending(path: "public/authors/ana/minisign.pub").path], in: post)
        #expect(checked.status == 0, "\(checked.error)")

        let verified = try cmblog("verify", "public", in: site)
        #expect(verified.status == 0)
        #expect(verified.output.contains("ok   /2024/05/bonjour/  signed by ana"))

        try Data("tampered\n".utf8).write(to: post.appending(path: "index.md"))
        let failed = try cmblog("verify", "public", in: site)
        #expect(failed.status == 1)
        #expect(failed.output.contains("FAIL /2024/05/bonjour/"))
    }

    @Test("signing with a key that is not the author's is refused and writes nothing")
    func wrongKey() throws {
        #expect(try cmblog("keygen", "--author", "ana", in: site, environment: environment).status == 0)
        #expect(try cmblog("keygen", "--author", "bob", in: site, environment: environment).status == 0)
        let bobKey = keys.appending(path: "cmblog/keys/bob.key").path
        let result = try cmblog("sign", "--key", bobKey, "content/posts/2024-05-02-bonjour.md", in: site, environment: environment)
        #expect(result.status == 1)
        #expect(result.error.contains("belongs to no author of content/posts/2024-05-02-bonjour.md"))
        #expect(!FileManager.default.fileExists(atPath: site.appending(path: "content/posts/2024-05-02-bonjour.md.minisig").path))
    }

    @Test("a secret key file that is not a key is named, with its line")
    func malformedSecretKey() throws {
        #expect(try cmblog("keygen", "--author", "ana", in: site, environment: environment).status == 0)
        let keyFile = keys.appending(path: "cmblog/keys/ana.key")
        try "untrusted comment: damaged\nnot base64 at all\n".write(to: keyFile, atomically: true, encoding: .utf8)
        let result = try cmblog("sign", "content/posts/2024-05-02-bonjour.md", in: site, environment: environment)
        #expect(result.status == 1)
        #expect(result.error.contains("\(keyFile.path):2:1: error: the secret key is not valid base64"))
    }

    @Test("signing a post whose author has no key says how to make one")
    func noKey() throws {
        let result = try cmblog("sign", "content/posts/2024-05-02-bonjour.md", in: site, environment: environment)
        #expect(result.status == 1)
        #expect(result.error.contains("content/posts/2024-05-02-bonjour.md:4:1: error: ana has no signing key yet: run `cmblog keygen --author ana`"))
    }

    @Test("verify reads a site over HTTP")
    func verifyOverHTTP() throws {
        #expect(try cmblog("keygen", "--author", "ana", in: site, environment: environment).status == 0)
        #expect(try cmblog("sign", "content/posts/2024-05-02-bonjour.md", in: site, environment: environment).status == 0)
        #expect(try cmblog("build", in: site).status == 0)
        let python = try #require(Subprocess.find("python3"))
        let port = Int.random(in: 20_000...40_000)
        let server = Process()
        server.executableURL = python
        server.arguments = ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", site.appending(path: "public").path]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { server.terminate() }
        var result = try cmblog("verify", "http://127.0.0.1:\(port)/")
        for _ in 0..<50 where result.status != 0 {
            Thread.sleep(forTimeInterval: 0.1)
            result = try cmblog("verify", "http://127.0.0.1:\(port)/")
        }
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.output.contains("ok   /2024/05/bonjour/  signed by ana"))
    }
}

import CMBlogTestSupport
import Foundation
import Testing

/// `keygen --site`, `build`, `sign-site`, `verify` and `diff` as a team and a reader would use
/// them: over a folder and over HTTP (the loopback server), checked against minisign.
@Suite("Site manifest commands")
struct SiteManifestCommandTests {
    let folder: URL
    let site: URL
    /// Keeps the secret keys of these tests out of the real home folder.
    let environment: [String: String]
    let manifestFolder = ".well-known/cmblog"

    init() throws {
        folder = try newFolder()
        site = folder.appending(path: "site")
        environment = ["XDG_CONFIG_HOME": folder.appending(path: "config").path, "CMBLOG_SITE_KEY": ""]
        try InlineFixture("""
            -- cmblog.yml --
            title: Signed
            baseURL: https://signed.example.com/
            -- authors/ana.yml --
            name: Ana
            -- content/posts/2024-05-02-bonjour.md --
            ---
            title: Bonjour
            date: 2024-05-02
            author: ana
            ---
            Un billet.
            """).write(into: site)
    }

    var output: URL { site.appending(path: "public") }

    func siteKey() throws -> String {
        let settings = try String(contentsOf: site.appending(path: "cmblog.yml"), encoding: .utf8)
        let line = try #require(settings.split(separator: "\n").first { $0.hasPrefix("site_key: ") })
        return String(line.dropFirst("site_key: ".count))
    }

    /// Serves `output` on the loopback server.
    func serve() throws -> LoopbackHTTPServer {
        let output = output
        return try LoopbackHTTPServer(bytes: { request in
            let path = String(request.path.dropFirst())
            guard !path.contains(".."), let data = try? Data(contentsOf: output.appending(path: path)) else { return (404, Data()) }
            return (200, data)
        })
    }

    @Test("keygen --site, build: the manifest is signed, minisign verifies it, and verify passes")
    func keygenBuildVerify() throws {
        let created = try cmblog("keygen", "--site", in: site, environment: environment)
        #expect(created.status == 0, "\(created.error)")
        let keyFile = folder.appending(path: "config/cmblog/keys/site@signed.example.com.key")
        let attributes = try FileManager.default.attributesOfItem(atPath: keyFile.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let key = try siteKey()
        #expect(try cmblog("keygen", "--site", in: site, environment: environment).status == 1, "a second key needs --force")
        let inside = try cmblog("keygen", "--site", "--force", "--key", "keys/site.key", in: site, environment: environment)
        #expect(inside.status == 1 && inside.error.contains("refusing to write a secret key inside the content repository"))

        let built = try cmblog("build", in: site, environment: environment)
        #expect(built.status == 0, "\(built.error)")
        let minisign = try #require(Subprocess.find("minisign"), "install minisign (scripts/install-dependencies)")
        let checked = try Subprocess.run(minisign, ["-Vm", "manifest.json", "-P", key], in: output.appending(path: manifestFolder))
        #expect(checked.status == 0, "\(checked.output)\(checked.error)")

        let verified = try cmblog("verify", "public", in: site)
        #expect(verified.status == 0, "\(verified.output)\(verified.error)")
        #expect(verified.output.contains("ok   manifest signed by the site key"))
    }

    @Test("verify refuses a folder whose files were changed, removed or added, and names them")
    func tamperedFolder() throws {
        #expect(try cmblog("keygen", "--site", in: site, environment: environment).status == 0)
        #expect(try cmblog("build", in: site, environment: environment).status == 0)
        try Data("<p>changed</p>".utf8).write(to: output.appending(path: "index.html"))
        try FileManager.default.removeItem(at: output.appending(path: "robots.txt"))
        try Data("<script>x()</script>".utf8).write(to: output.appending(path: "ad.html"))
        let result = try cmblog("verify", "public", in: site)
        #expect(result.status == 1)
        for line in ["FAIL changed  index.html", "FAIL missing  robots.txt", "FAIL added    ad.html"] {
            #expect(result.output.contains(line), "\(result.output)")
        }
    }

    @Test("verify over HTTP with --key: passes as published; refuses a changed file and a forged signature")
    func overHTTP() throws {
        #expect(try cmblog("keygen", "--site", in: site, environment: environment).status == 0)
        #expect(try cmblog("build", in: site, environment: environment).status == 0)
        let key = try siteKey()
        let server = try serve()
        defer { server.stop() }
        let outside = try newFolder()
        let clean = try cmblog("verify", server.url.absoluteString, "--key", key, in: outside)
        #expect(clean.status == 0, "\(clean.output)\(clean.error)")
        #expect(clean.output.contains("added files cannot be listed over HTTP"))

        try Data("<p>changed</p>".utf8).write(to: output.appending(path: "index.html"))
        let changed = try cmblog("verify", server.url.absoluteString, "--key", key, in: outside)
        #expect(changed.status == 1 && changed.output.contains("FAIL changed  index.html"), "\(changed.output)")

        // A host that rewrites the manifest and signs it with a key of its own.
        let forger = try newFolder()
        try InlineFixture("-- cmblog.yml --\ntitle: F\nbaseURL: https://signed.example.com/\n").write(into: forger)
        #expect(try cmblog("keygen", "--site", "--key", folder.appending(path: "forger.key").path, in: forger, environment: environment).status == 0)
        let signed = try cmblog("sign-site", "--source", forger.path, "--output", output.path, "--key", folder.appending(path: "forger.key").path, in: outside)
        #expect(signed.status == 0, "\(signed.error)")
        let forged = try cmblog("verify", server.url.absoluteString, "--key", key, in: outside)
        #expect(forged.status == 1)
        #expect(forged.output.contains("not with the site key"), "\(forged.output)")
    }

    @Test("sign-site signs a build made without the key, with the key's text in CMBLOG_SITE_KEY")
    func signSiteFromEnvironment() throws {
        #expect(try cmblog("keygen", "--site", "--key", folder.appending(path: "ci.key").path, in: site, environment: environment).status == 0)
        #expect(try cmblog("build", in: site, environment: environment).status == 0)
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: "\(manifestFolder)/manifest.json.minisig").path))
        let unsigned = try cmblog("verify", "public", in: site)
        #expect(unsigned.status == 1 && unsigned.output.contains("is missing: the manifest is not signed"), "\(unsigned.output)")

        let secret = try String(contentsOf: folder.appending(path: "ci.key"), encoding: .utf8)
        let signed = try cmblog("sign-site", in: site, environment: environment.merging(["CMBLOG_SITE_KEY": secret]) { _, new in new })
        #expect(signed.status == 0, "\(signed.error)")
        #expect(try cmblog("verify", "public", in: site).status == 0)

        let none = try cmblog("sign-site", in: site, environment: environment)
        #expect(none.status == 1 && none.error.contains("no site secret key"), "\(none.error)")
    }

    @Test("diff lists what to upload (the manifest last) and what to delete, one path a line")
    func diff() throws {
        #expect(try cmblog("build", in: site, environment: environment).status == 0)
        let old = folder.appending(path: "deployed.json")
        try FileManager.default.copyItem(at: output.appending(path: "\(manifestFolder)/manifest.json"), to: old)
        try Data("---\ntitle: Nouveau\ndate: 2024-06-01\nauthor: ana\n---\nSuite.\n".utf8)
            .write(to: site.appending(path: "content/posts/2024-06-01-nouveau.md"))
        try FileManager.default.removeItem(at: site.appending(path: "content/posts/2024-05-02-bonjour.md"))
        #expect(try cmblog("build", in: site, environment: environment).status == 0)

        let uploads = try cmblog("diff", old.path, "public", "--list", "uploads", in: site)
        #expect(uploads.status == 0, "\(uploads.error)")
        let uploaded = uploads.output.split(separator: "\n").map(String.init)
        #expect(uploaded.contains("2024/06/nouveau/index.html") && uploaded.contains("index.html"))
        #expect(uploaded.last == "\(manifestFolder)/manifest.json")
        for path in uploaded { #expect(FileManager.default.fileExists(atPath: output.appending(path: path).path), "\(path)") }
        let deletions = try cmblog("diff", old.path, "public", "--list", "deletions", in: site)
        #expect(deletions.output.split(separator: "\n").contains("2024/05/bonjour/index.html"), "\(deletions.output)")
        #expect(!deletions.output.contains("2024/06/"))

        let server = try serve()
        defer { server.stop() }
        let same = try cmblog("diff", server.url.absoluteString, "public", in: site)
        #expect(same.status == 0 && same.output.contains("0 files to upload, 0 to delete."), "\(same.output)\(same.error)")
    }
}

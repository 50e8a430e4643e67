import CMBlogCore
import CMBlogManifest
import CMBlogSigning
import CMBlogTestSupport
import Foundation
import Testing

/// `cmblog verify`'s manifest check, over a folder and over the loopback HTTP server: a site
/// as published passes; a manifest altered after signing, a forged signature, and files
/// changed, removed or added by the host are all refused.
@Suite("Manifest verification")
struct ManifestVerificationTests {
    /// How the site is read: as a folder, or over HTTP.
    enum Reading: CaseIterable { case folder, http }

    func verify(_ fixture: SignedSiteFixture, _ reading: Reading, key: MinisignPublicKey?) async throws -> ManifestVerification.Report {
        switch reading {
        case .folder:
            return try await ManifestVerification(site: PublishedSite(fixture.folder.path), key: key, ignoring: [".cmblog-build"]).run()
        case .http:
            let server = try fixture.serve()
            defer { server.stop() }
            return try await ManifestVerification(site: PublishedSite(server.url.absoluteString), key: key, width: 3).run()
        }
    }

    @Test("a site as published passes, with the expected key and with the key it publishes", arguments: Reading.allCases)
    func clean(reading: Reading) async throws {
        let fixture = try SignedSiteFixture()
        let report = try await verify(fixture, reading, key: fixture.key.publicKey)
        #expect(report.passed)
        #expect(report.signature == .verified(keyID: fixture.key.publicKey.keyIDText))
        #expect(report.comparison.matching == 5)
        #expect(report.comparison.added == (reading == .folder ? [] : nil))
        let published = try await verify(fixture, reading, key: nil)
        #expect(published.signature == .verifiedWithPublishedKey(keyID: fixture.key.publicKey.keyIDText))
    }

    @Test("a manifest altered after signing is refused: an entry changed, removed or added", arguments: Reading.allCases, ["changed", "removed", "added"])
    func tamperedManifest(reading: Reading, how: String) async throws {
        let fixture = try SignedSiteFixture()
        var text = try fixture.read(fixture.files.manifest)
        let line = try #require(text.split(separator: "\n").first { $0.contains("\"path\": \"index.html\"") })
        switch how {
        case "changed":
            // The host edits index.html and puts the new hash in the manifest.
            try fixture.write("<h1>Autre chose</h1>\n", to: "index.html")
            let entry = PublicationManifest.Entry(path: "index.html", data: Data("<h1>Autre chose</h1>\n".utf8))
            text = text.replacingOccurrences(of: line, with: "    {\"path\": \"index.html\", \"sha256\": \"\(entry.sha256)\", \"size\": \(entry.size)},")
        case "removed":
            try FileManager.default.removeItem(at: fixture.folder.appending(path: "index.html"))
            text = text.replacingOccurrences(of: line + "\n", with: "")
        default:
            try fixture.write("<script>tracker()</script>\n", to: "ad.html")
            let entry = PublicationManifest.Entry(path: "ad.html", data: Data("<script>tracker()</script>\n".utf8))
            text = text.replacingOccurrences(of: line, with: "    {\"path\": \"ad.html\", \"sha256\": \"\(entry.sha256)\", \"size\": \(entry.size)},\n" + line)
        }
        try fixture.write(text, to: fixture.files.manifest)
        let report = try await verify(fixture, reading, key: fixture.key.publicKey)
        #expect(!report.passed)
        guard case .refused(let why) = report.signature else {
            Issue.record("the signature was accepted: \(report.signature)")
            return
        }
        #expect(why.contains("changed after it was signed"))
        // The files agree with the altered manifest: only the signature tells.
        #expect(report.comparison.isClean)
    }

    @Test("a signature forged with another key is refused, even with that key published beside it", arguments: Reading.allCases)
    func forgedSignature(reading: Reading) async throws {
        let fixture = try SignedSiteFixture()
        let forger = MinisignSecretKey.generate()
        try fixture.signManifest(with: forger)
        try fixture.write(forger.publicKey.fileText, to: fixture.files.publicKey)
        let report = try await verify(fixture, reading, key: fixture.key.publicKey)
        #expect(!report.passed)
        guard case .refused(let why) = report.signature else {
            Issue.record("the forged signature was accepted")
            return
        }
        #expect(why.contains("signed with key \(forger.publicKey.keyIDText), not with the site key \(fixture.key.publicKey.keyIDText)"))
    }

    @Test("a signature whose bytes were altered is refused")
    func alteredSignature() async throws {
        let fixture = try SignedSiteFixture()
        let lines = try fixture.read(fixture.files.signature).split(separator: "\n").map(String.init)
        var signature = try #require(Data(base64Encoded: lines[1]))
        signature[20] ^= 0x01
        try fixture.write([lines[0], signature.base64EncodedString(), lines[2], lines[3]].joined(separator: "\n") + "\n", to: fixture.files.signature)
        let report = try await verify(fixture, .folder, key: fixture.key.publicKey)
        #expect(!report.passed)
    }

    @Test("an unsigned manifest is refused when a site key is expected", arguments: Reading.allCases)
    func missingSignature(reading: Reading) async throws {
        let fixture = try SignedSiteFixture()
        try FileManager.default.removeItem(at: fixture.folder.appending(path: fixture.files.signature))
        let report = try await verify(fixture, reading, key: fixture.key.publicKey)
        guard case .refused(let why) = report.signature else {
            Issue.record("a missing signature was accepted")
            return
        }
        #expect(why.contains("is missing"))
    }

    @Test("files changed, removed or added by the host are reported; added ones only in a folder", arguments: Reading.allCases)
    func tamperedFiles(reading: Reading) async throws {
        let fixture = try SignedSiteFixture()
        try fixture.write("<p>Un billet modifié.</p>\n", to: "2024/05/bonjour/index.html")
        try FileManager.default.removeItem(at: fixture.folder.appending(path: "feed.xml"))
        try fixture.write("<script>tracker()</script>\n", to: "ad.html")
        let report = try await verify(fixture, reading, key: fixture.key.publicKey)
        #expect(!report.passed)
        #expect(report.signature == .verified(keyID: fixture.key.publicKey.keyIDText))
        #expect(report.comparison.changed == ["2024/05/bonjour/index.html"])
        #expect(report.comparison.missing == ["feed.xml"])
        #expect(report.comparison.added == (reading == .folder ? ["ad.html"] : nil))
        #expect(report.comparison.matching == 3)
    }

    @Test("a file added to a folder alone fails it")
    func addedOnly() async throws {
        let fixture = try SignedSiteFixture()
        try fixture.write("hello\n", to: ".well-known/cmblog/extra.txt")
        let report = try await verify(fixture, .folder, key: fixture.key.publicKey)
        #expect(!report.passed)
        #expect(report.comparison.added == [".well-known/cmblog/extra.txt"])
    }

    @Test("a missing manifest is an error naming it")
    func missingManifest() async throws {
        let fixture = try SignedSiteFixture()
        try FileManager.default.removeItem(at: fixture.folder.appending(path: fixture.files.manifest))
        await #expect(throws: ManifestError.self) { try await verify(fixture, .folder, key: nil) }
    }

    @Test("minisign verifies the manifest's signature, and refuses it once the manifest changed")
    func minisignAgrees() throws {
        let minisign = try #require(Subprocess.find("minisign"), "install minisign (scripts/install-dependencies)")
        let fixture = try SignedSiteFixture()
        let folder = fixture.folder.appending(path: ".well-known/cmblog")
        let checked = try Subprocess.run(minisign, ["-Vm", "manifest.json", "-P", fixture.key.publicKey.base64], in: folder)
        #expect(checked.status == 0, "\(checked.output)\(checked.error)")
        #expect(checked.output.contains("cmblog site:blog.example.com file:manifest.json"))
        try fixture.write(try fixture.read(fixture.files.manifest).replacingOccurrences(of: "\"size\": 256", with: "\"size\": 257"), to: fixture.files.manifest)
        #expect(try Subprocess.run(minisign, ["-Vm", "manifest.json", "-P", fixture.key.publicKey.base64], in: folder).status != 0)
    }
}

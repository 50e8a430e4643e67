import CMBlogBuild
import CMBlogCore
import CMBlogManifest
import CMBlogSigning
import CMBlogTestSupport
import Foundation
import Testing

/// The manifest every build publishes: it lists every file of the output but itself and its
/// signature, with the bytes' hash and size; it is byte-identical for any number of workers,
/// names the source commit, stays right after a cached build, and is signed with the site key.
@Suite("Manifest in the build")
struct ManifestBuildTests {
    let files = ManifestFiles.standard
    let commit = "3f786850e387550fdab836ed7e6dc881de23001b"

    func manifest(in output: URL, at path: String = ManifestFiles.standard.manifest) throws -> PublicationManifest {
        try PublicationManifest(data: Data(contentsOf: output.appending(path: path)), name: path)
    }

    func build(_ source: URL, into output: URL, jobs: Int = 2, siteKey: MinisignSecretKey? = nil, cache: URL? = nil) async throws {
        var options = BuildOptions(source: source, output: output, jobs: jobs, now: fixedNow)
        options.siteKey = siteKey
        options.cacheFolder = cache
        try await Builder(options: options).build()
    }

    @Test("it lists every file of the output but itself, its signature and the build's mark, with their hash and size")
    func listsEveryFile() async throws {
        let output = try temporaryFolder().appending(path: "public")
        try await build(fixtureSites.appending(path: "brand"), into: output)
        let tree = try FileTree.read(output)
        let manifest = try manifest(in: output)
        #expect(Set(manifest.files.map(\.path)) == Set(tree.keys).subtracting([files.manifest, OutputMarker.fileName]))
        for entry in manifest.files {
            #expect(entry.sha256 == ContentHash.of(tree[entry.path]!) && entry.size == tree[entry.path]!.count, "\(entry.path)")
        }
        #expect(manifest.sourceCommit == nil)
        #expect(manifest.generator == CMBlogVersion.current)
    }

    @Test("it is byte-identical whatever the number of workers")
    func deterministic() async throws {
        var manifests: [Data] = []
        for jobs in [1, 3, 8] {
            let output = try temporaryFolder().appending(path: "public")
            try await build(fixtureSites.appending(path: "brand"), into: output, jobs: jobs)
            manifests.append(try Data(contentsOf: output.appending(path: files.manifest)))
        }
        #expect(Set(manifests).count == 1)
    }

    @Test("it names the commit of the source's .git, read without git")
    func sourceCommit() async throws {
        let source = try writeSite("""
            -- .git/HEAD --
            ref: refs/heads/main
            -- .git/packed-refs --
            \(commit) refs/heads/main
            """)
        let output = try temporaryFolder().appending(path: "public")
        try await build(source, into: output)
        #expect(try manifest(in: output).sourceCommit == commit)
        #expect(try String(contentsOf: output.appending(path: files.manifest), encoding: .utf8).contains("\"source_commit\": \"\(commit)\""))
    }

    @Test("after a cached build it is still right: a new commit alone rebuilds it, a changed output is rebuilt")
    func cachedBuild() async throws {
        let source = try writeSite("""
            -- .git/HEAD --
            ref: refs/heads/main
            -- .git/refs/heads/main --
            \(commit)
            """)
        let folder = try temporaryFolder()
        let output = folder.appending(path: "public"), cache = folder.appending(path: "cache")
        try await build(source, into: output, cache: cache)
        let first = try Data(contentsOf: output.appending(path: files.manifest))
        try await build(source, into: output, cache: cache)
        #expect(try Data(contentsOf: output.appending(path: files.manifest)) == first)

        let next = "89e6c98d92887913cadf06b2adb97f26cde4849b"
        try Data("\(next)\n".utf8).write(to: source.appending(path: ".git/refs/heads/main"))
        try await build(source, into: output, cache: cache)
        #expect(try manifest(in: output).sourceCommit == next)

        // Edited on the host: the next build puts back the file and the manifest agrees with it.
        try Data("edited".utf8).write(to: output.appending(path: "index.html"))
        try await build(source, into: output, cache: cache)
        let tree = try FileTree.read(output)
        let entry = try #require(try manifest(in: output).filesByPath["index.html"])
        #expect(entry.sha256 == ContentHash.of(tree["index.html"]!))
    }

    @Test("with the site key, the build signs it and publishes the key beside it; a build without the key leaves it unsigned")
    func signed() async throws {
        let key = MinisignSecretKey.generate()
        let source = try writeSite("-- static/keep.txt --\nkept\n")
        try Data("title: Mini\nbaseURL: https://mini.example.com/\nsite_key: \(key.publicKey.base64)\n".utf8).write(to: source.appending(path: "cmblog.yml"))
        let folder = try temporaryFolder()
        let output = folder.appending(path: "public"), cache = folder.appending(path: "cache")
        try await build(source, into: output, siteKey: key, cache: cache)
        let data = try Data(contentsOf: output.appending(path: files.manifest))
        let signature = try String(contentsOf: output.appending(path: files.signature), encoding: .utf8)
        try ManifestSignature.verify(data, signatureText: signature, key: key.publicKey, name: "manifest")
        #expect(try String(contentsOf: output.appending(path: files.publicKey), encoding: .utf8) == key.publicKey.fileText)
        #expect(try manifest(in: output).filesByPath[files.publicKey] != nil)
        #expect(try manifest(in: output).filesByPath[files.signature] == nil)
        let authors = try String(contentsOf: output.appending(path: "authors/index.html"), encoding: .utf8)
        #expect(authors.contains("id=\"site-key\"") && authors.contains(key.publicKey.base64))
        #expect(authors.contains("minisign -Vm manifest.json -P \(key.publicKey.base64)"))

        // The cache knows the key: the same sources without it give an unsigned manifest.
        try await build(source, into: output, cache: cache)
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: files.signature).path))
    }

    @Test("a secret key that is not the one of site_key:, or a site key that is not one, is an error at its line")
    func wrongKeys() async throws {
        let key = MinisignSecretKey.generate(), other = MinisignSecretKey.generate()
        let source = try writeSite()
        let output = try temporaryFolder().appending(path: "public")
        try Data("title: Mini\nbaseURL: https://mini.example.com/\nsite_key: \(key.publicKey.base64)\n".utf8).write(to: source.appending(path: "cmblog.yml"))
        await #expect {
            try await build(source, into: output, siteKey: other)
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.contains { $0.description.hasPrefix("cmblog.yml:3:1: error: the site secret key given") } ?? false
        }
        try Data("title: Mini\nbaseURL: https://mini.example.com/\n\nsite_key: RWnotakey\n".utf8).write(to: source.appending(path: "cmblog.yml"))
        let errors = try await buildErrors(source, into: output)
        #expect(errors.contains { $0.hasPrefix("cmblog.yml:4") && $0.contains("`site_key` is not a minisign public key") }, "\(errors)")
    }

    @Test("manifest: moves it, and a static file in its place is refused")
    func configuredPath() async throws {
        let source = try writeSite("-- static/proof/manifest.json --\n{}\n")
        try Data("title: Mini\nbaseURL: https://mini.example.com/\nmanifest: /proof/manifest.json\n".utf8).write(to: source.appending(path: "cmblog.yml"))
        let errors = try await buildErrors(source)
        #expect(errors.contains { $0.hasPrefix("static/proof/manifest.json") && $0.contains("also claimed by") }, "\(errors)")

        try FileManager.default.removeItem(at: source.appending(path: "static/proof/manifest.json"))
        let output = try temporaryFolder().appending(path: "public")
        try await build(source, into: output)
        #expect(try manifest(in: output, at: "proof/manifest.json").filesByPath["index.html"] != nil)
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: files.manifest).path))
    }
}

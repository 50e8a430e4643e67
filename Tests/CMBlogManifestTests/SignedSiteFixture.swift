import CMBlogCore
import CMBlogManifest
import CMBlogSigning
import CMBlogTestSupport
import Foundation

/// A small published site in a folder: a few files, their manifest signed by a site key, and
/// the site key beside it; the way to change it as a host could, and to serve it over HTTP.
struct SignedSiteFixture {
    let folder: URL
    let key = MinisignSecretKey.generate()
    let files = ManifestFiles.standard

    init() throws {
        folder = try InlineFixture("""
            -- index.html --
            <h1>Maison Exemple</h1>
            -- 2024/05/bonjour/index.html --
            <p>Un billet.</p>
            -- feed.xml --
            <feed/>
            -- .cmblog-build --
            built by cmblog
            """).write()
        var tree = InlineFixture("")
        tree.set("images/logo.png", bytes: Data((0...255).map { UInt8($0) }))
        try tree.write(into: folder)
        let listed = ["index.html", "2024/05/bonjour/index.html", "feed.xml", "images/logo.png"]
        let manifest = PublicationManifest(sourceCommit: String(repeating: "ab", count: 20), files: try listed.map { path in
            PublicationManifest.Entry(path: path, data: try Data(contentsOf: folder.appending(path: path)))
        } + [PublicationManifest.Entry(path: files.publicKey, data: Data(key.publicKey.fileText.utf8))])
        try write(manifest.text, to: files.manifest)
        try write(key.publicKey.fileText, to: files.publicKey)
        try signManifest(with: key)
    }

    /// Writes `text` at `path` of the site.
    func write(_ text: String, to path: String) throws {
        let url = folder.appending(path: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: folder.appending(path: path), encoding: .utf8)
    }

    /// Signs the manifest as it now is with `key`.
    func signManifest(with key: MinisignSecretKey) throws {
        let data = try Data(contentsOf: folder.appending(path: files.manifest))
        try write(try ManifestSignature.sign(data, publishedAt: files.manifest, site: "blog.example.com", with: key), to: files.signature)
    }

    /// A server answering with the site's files, 404 for the others.
    func serve() throws -> LoopbackHTTPServer {
        let folder = folder
        return try LoopbackHTTPServer(bytes: { request in
            let path = String((request.path.removingPercentEncoding ?? request.path).dropFirst())
            guard PublicationManifest.isSafe(path), let data = try? Data(contentsOf: folder.appending(path: path)) else { return (404, Data()) }
            return (200, data)
        })
    }
}

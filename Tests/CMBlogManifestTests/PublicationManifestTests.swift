import CMBlogCore
import CMBlogManifest
import Foundation
import Testing

/// The manifest's text: sorted, one file a line, read back as written; bad manifests refused
/// with a message naming what is wrong.
@Suite("Publication manifest")
struct PublicationManifestTests {
    @Test("files are sorted by path whatever their order, with hash and size of their bytes")
    func sortedText() throws {
        let files = [("b/index.html", "b"), ("a.txt", "hello\n"), ("b.css", "x"), ("é.html", "é")]
        let forward = PublicationManifest(generator: "9.9", sourceCommit: nil, files: files.map { .init(path: $0.0, data: Data($0.1.utf8)) })
        let backward = PublicationManifest(generator: "9.9", sourceCommit: nil, files: files.reversed().map { .init(path: $0.0, data: Data($0.1.utf8)) })
        #expect(forward.text == backward.text)
        #expect(forward.files.map(\.path) == ["a.txt", "b.css", "b/index.html", "é.html"])
        #expect(forward.text == """
            {
              "format": 1,
              "generator": "cmblog 9.9",
              "files": [
                {"path": "a.txt", "sha256": "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03", "size": 6},
                {"path": "b.css", "sha256": "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881", "size": 1},
                {"path": "b/index.html", "sha256": "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d", "size": 1},
                {"path": "é.html", "sha256": "\(PublicationManifest.Entry(path: "", data: Data("é".utf8)).sha256)", "size": 2}
              ]
            }

            """)
    }

    @Test("a manifest reads back as it was written, commit included")
    func roundTrip() throws {
        let manifest = PublicationManifest(sourceCommit: "3f786850e387550fdab836ed7e6dc881de23001b", files: [
            .init(path: "index.html", data: Data("<p>\"quoted\"</p>".utf8)), .init(path: "a b/c.txt", data: Data()),
        ])
        let read = try PublicationManifest(data: manifest.data, name: "manifest.json")
        #expect(read == manifest)
        #expect(read.text == manifest.text)
    }

    @Test("bad manifests are refused, saying why", arguments: [
        ("[]", "not a JSON object"),
        (#"{"format": 2, "generator": "cmblog 9", "files": []}"#, "format 2"),
        (#"{"format": 1, "files": []}"#, "needs `generator` and `files`"),
        (#"{"format": 1, "generator": "cmblog 1", "files": [{"path": "a"}]}"#, "file 1 of `files` needs"),
        (#"{"format": 1, "generator": "cmblog 1", "files": [{"path": "../etc/passwd", "sha256": "\#(String(repeating: "a", count: 64))", "size": 1}]}"#, "leaves the site"),
        (#"{"format": 1, "generator": "cmblog 1", "files": [{"path": "/abs", "sha256": "\#(String(repeating: "a", count: 64))", "size": 1}]}"#, "leaves the site"),
        (#"{"format": 1, "generator": "cmblog 1", "files": [{"path": "a", "sha256": "XYZ", "size": 1}]}"#, "64 lowercase hexadecimal"),
        (#"{"format": 1, "generator": "cmblog 1", "files": [{"path": "a", "sha256": "\#(String(repeating: "a", count: 64))", "size": -1}]}"#, "negative"),
        (#"{"format": 1, "generator": "cmblog 1", "files": [{"path": "a", "sha256": "\#(String(repeating: "a", count: 64))", "size": 1}, {"path": "a", "sha256": "\#(String(repeating: "b", count: 64))", "size": 1}]}"#, "twice"),
    ])
    func refused(text: String, reason: String) {
        #expect {
            try PublicationManifest(data: Data(text.utf8), name: "m.json")
        } throws: { error in
            (error as? ManifestError).map { $0.message.hasPrefix("m.json") && $0.message.contains(reason) } ?? false
        }
    }
}

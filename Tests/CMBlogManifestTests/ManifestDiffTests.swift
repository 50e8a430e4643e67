import CMBlogManifest
import Foundation
import Testing

/// What a deploy uploads and deletes, from the manifests of the deployed and the new site.
@Suite("Manifest diff")
struct ManifestDiffTests {
    func manifest(_ files: [String: String]) -> PublicationManifest {
        PublicationManifest(sourceCommit: nil, files: files.map { .init(path: $0.key, data: Data($0.value.utf8)) })
    }

    @Test("added and changed files are uploaded before the manifest; removed ones deleted; unchanged ones left")
    func uploadsAndDeletions() {
        let old = manifest(["index.html": "v1", "feed.xml": "same", "old/index.html": "gone", "b.css": "v1"])
        let new = manifest(["index.html": "v2", "feed.xml": "same", "new/index.html": "fresh", "b.css": "v2"])
        let diff = ManifestDiff(old: old, new: new, newManifestFiles: ["m.json", "m.json.minisig"], manifestChanged: true)
        #expect(diff.added == ["new/index.html"])
        #expect(diff.changed == ["b.css", "index.html"])
        #expect(diff.deleted == ["old/index.html"])
        #expect(diff.uploads == ["b.css", "index.html", "new/index.html", "m.json", "m.json.minisig"])
    }

    @Test("the same site needs nothing, not even its manifest")
    func nothing() {
        let site = manifest(["index.html": "v1"])
        let diff = ManifestDiff(old: site, new: site, newManifestFiles: ["m.json"], manifestChanged: false)
        #expect(diff.isEmpty)
    }

    @Test("the old manifest's own files are not deleted when the new site keeps them")
    func manifestNotDeleted() {
        let old = manifest(["index.html": "v1", "m.json.minisig": "listed by an older build"])
        let new = manifest(["index.html": "v1"])
        let diff = ManifestDiff(old: old, new: new, newManifestFiles: ["m.json", "m.json.minisig"], manifestChanged: true)
        #expect(diff.deleted.isEmpty)
        #expect(diff.uploads == ["m.json", "m.json.minisig"])
    }
}

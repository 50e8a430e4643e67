import CMBlogBuild
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

/// Nothing is lost: a failed build leaves the previous output as it was, and cmblog never
/// writes over its source or outside its output folder.
@Suite("Nothing is lost")
struct SafetyTests {
    @Test("a failed build leaves the previous output untouched")
    func failedBuildKeepsOutput() async throws {
        let site = try writeSite()
        let output = site.appending(path: "public")
        try await build(site, into: output)
        let before = try FileTree.read(output)
        try Data("---\ntitle: Broken\ndate: never\nauthor: ana\n---\n".utf8).write(to: site.appending(path: "content/posts/broken.md"))
        let errors = try await buildErrors(site, into: output)
        #expect(errors == ["content/posts/broken.md:3:7: error: unrecognized date 'never'; write 2012-03-14, 2012-03-14 15:41:00 +0100 or 2012-03-14T15:41:00+01:00"])
        #expect(try FileTree.read(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.contains("cmblog-") && $0 != ".cmblog-cache" }
        #expect(leftovers.isEmpty)
    }

    @Test("refuses an output folder that is, or contains, the source")
    func refusesSource() async throws {
        let site = try writeSite()
        #expect(try await buildErrors(site, into: site).first?.contains("the output folder is the source folder") == true)
        #expect(try await buildErrors(site, into: site.deletingLastPathComponent()).first?.contains("contains the source folder") == true)
        #expect(FileManager.default.fileExists(atPath: site.appending(path: "cmblog.yml").path))
    }

    @Test("refuses to replace a folder that is not a built site")
    func refusesForeignFolder() async throws {
        let site = try writeSite()
        let documents = try temporaryFolder()
        try Data("keep me".utf8).write(to: documents.appending(path: "notes.txt"))
        #expect(try await buildErrors(site, into: documents).first?.contains("was not built by cmblog") == true)
        #expect(try String(contentsOf: documents.appending(path: "notes.txt"), encoding: .utf8) == "keep me")
    }

    @Test("never follows a symbolic link out of the source folder")
    func symlinkOutside() async throws {
        let site = try writeSite()
        let secret = try temporaryFolder().appending(path: "secret.txt")
        try Data("private".utf8).write(to: secret)
        try FileManager.default.createDirectory(at: site.appending(path: "static"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: site.appending(path: "static/leak.txt"), withDestinationURL: secret)
        try FileManager.default.createSymbolicLink(at: site.appending(path: "content/posts/linked.md"), withDestinationURL: secret)
        let errors = try await buildErrors(site)
        #expect(errors.contains("content/posts/linked.md: error: it is a symbolic link to a place outside the source folder"))
        #expect(errors.contains("static/leak.txt: error: it is a symbolic link to a place outside the source folder"))
    }

    @Test("leaves unchanged files untouched on a rebuild")
    func unchangedFilesKeepTheirInode() async throws {
        let site = try writeSite()
        let output = site.appending(path: "public")
        try await build(site, into: output)
        let inode = { (path: String) in try FileManager.default.attributesOfItem(atPath: output.appending(path: path).path)[.systemFileNumber] as? Int }
        let before = try inode("assets/style.css")
        let report = try await build(site, into: output)
        #expect(try inode("assets/style.css") == before)
        #expect(report.filesUnchanged == report.pagesWritten + report.filesCopied)
    }
}

@Suite("Listing files")
struct ListingTests {
    @Test("lists files recursively and sorted, leaves out hidden names and does not follow links to folders")
    func listing() throws {
        let root = try temporaryFolder()
        let manager = FileManager.default
        for path in ["static/b.txt", "static/a/z.txt", "static/.hidden", "static/.git/config", "elsewhere/secret.txt"] {
            try manager.createDirectory(at: root.appending(path: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: root.appending(path: path))
        }
        try manager.createSymbolicLink(atPath: root.appending(path: "static/linked-folder").path, withDestinationPath: root.appending(path: "elsewhere").path)
        try manager.createSymbolicLink(atPath: root.appending(path: "static/linked.txt").path, withDestinationPath: root.appending(path: "static/b.txt").path)
        let files = try LocalFileSystem(root: root).files(under: "static")
        #expect(files == ["static/a/z.txt", "static/b.txt", "static/linked.txt"])
        #expect(try LocalFileSystem(root: root).files(under: "missing").isEmpty)
    }
}

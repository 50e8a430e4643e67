@testable import CMBlogBuild
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

/// What a build may replace, and how: only a folder it built (marked with `.cmblog-build`) or
/// an empty one, never one inside what it reads; in one step, clearing what killed builds left.
@Suite("Output folder")
struct OutputFolderTests {
    @Test("a folder of other files with an index.html is refused and left as it was")
    func refusesUnmarkedFolder() async throws {
        let site = try writeSite()
        let www = try temporaryFolder().appending(path: "www")
        for path in ["index.html", "otherapp/app.js", "uploads/photo.jpg"] {
            try FileManager.default.createDirectory(at: www.appending(path: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("mine".utf8).write(to: www.appending(path: path))
        }
        let before = try FileTree.read(www)
        let errors = try await buildErrors(site, into: www)
        #expect(errors.count == 1)
        #expect(errors.first?.contains("was not built by cmblog (it has no .cmblog-build file)") == true)
        #expect(errors.first?.contains("empty it or choose another --output") == true)
        #expect(try FileTree.read(www) == before)
    }

    @Test("a built folder carries the mark, is replaced by the next build, and no list of the site names the mark")
    func marksAndReplacesItsOwn() async throws {
        let site = try writeSite()
        let output = try temporaryFolder().appending(path: "out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try await build(site, into: output)
        let mark = try String(contentsOf: output.appending(path: OutputMarker.fileName), encoding: .utf8)
        #expect(mark.contains("built by cmblog"))
        try Data("gone".utf8).write(to: output.appending(path: "stray.txt"))
        try await build(site, into: output)
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: "stray.txt").path))
        for name in ["sitemap.xml", "feed.xml", "index.html"] {
            #expect(try !String(contentsOf: output.appending(path: name), encoding: .utf8).contains(OutputMarker.fileName), "\(name)")
        }
    }

    @Test("a site built before the mark existed is still replaced; one missing any of its files is not")
    func earlierBuilds() async throws {
        let site = try writeSite()
        let output = try temporaryFolder().appending(path: "out")
        try await build(site, into: output)
        try FileManager.default.removeItem(at: output.appending(path: OutputMarker.fileName))
        try await build(site, into: output)
        #expect(OutputMarker.isPresent(in: output))
        try FileManager.default.removeItem(at: output.appending(path: OutputMarker.fileName))
        try FileManager.default.removeItem(at: output.appending(path: "feed.json"))
        #expect(try await buildErrors(site, into: output).first?.contains("was not built by cmblog") == true)
    }

    @Test("an output that is a symbolic link is refused, and the link and its target are left as they were")
    func symbolicLinkOutput() async throws {
        let site = try writeSite()
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appending(path: "real"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appending(path: "link").path, withDestinationPath: folder.appending(path: "real").path)
        let errors = try await buildErrors(site, into: folder.appending(path: "link"))
        #expect(errors.first?.contains("is a symbolic link") == true, "\(errors)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appending(path: "link").path) == folder.appending(path: "real").path)
    }

    @Test("an output inside a folder the build reads is refused, naming the option", arguments: ["static/docs", "content", "templates/site"])
    func refusesInsideReadFolders(place: String) async throws {
        let site = try writeSite("-- static/docs/guide.txt --\nkeep me")
        let errors = try await buildErrors(site, into: site.appending(path: place))
        let folder = place.split(separator: "/")[0]
        #expect(errors.first?.contains("is inside \(folder)/ of the source folder") == true, "\(errors)")
        #expect(errors.first?.contains("--output") == true)
        #expect(try String(contentsOf: site.appending(path: "static/docs/guide.txt"), encoding: .utf8) == "keep me\n")
    }

    @Test("staging folders of builds that no longer run are cleared; those of running ones and of other outputs are kept")
    func clearsLeftovers() async throws {
        let (site, parent, output) = try await builtSite()
        let dead = Int32.max, running = Int32(1)
        let names = [".public.cmblog-new-\(dead)", ".public.cmblog-old-\(dead)", ".public.cmblog-new-\(running)", ".other.cmblog-new-\(dead)"]
        for name in names {
            try FileManager.default.createDirectory(at: parent.appending(path: "\(name)/2020"), withIntermediateDirectories: true)
        }
        try await build(site, into: output)
        let left = try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted()
        #expect(left == [".other.cmblog-new-\(dead)", ".public.cmblog-new-\(running)", "public"])
    }

    @Test("a build killed between moving the old site aside and putting the new one in place: the next build, even a failed one, puts the old site back")
    func restoresRetiredSite() async throws {
        let (site, parent, output) = try await builtSite()
        let before = try FileTree.read(output)
        let dead = Int32.max
        try FileManager.default.moveItem(at: output, to: parent.appending(path: ".public.cmblog-old-\(dead)"))
        try FileManager.default.createDirectory(at: parent.appending(path: ".public.cmblog-new-\(dead)"), withIntermediateDirectories: true)
        try Data("---\ntitle: Broken\ndate: never\nauthor: ana\n---\n".utf8).write(to: site.appending(path: "content/posts/broken.md"))
        #expect(try await buildErrors(site, into: output).count == 1)
        #expect(try FileTree.read(output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["public"])
    }

    #if os(Linux)
    @Test("two folders are exchanged in one step: both paths exist throughout, each with the other's files")
    func exchange() throws {
        let parent = try temporaryFolder()
        let (old, new) = (parent.appending(path: "public"), parent.appending(path: ".public.cmblog-new-1"))
        for (folder, text) in [(old, "old"), (new, "new")] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: folder.appending(path: "index.html"))
        }
        #expect(FolderExchange.exchange(new, old))
        #expect(try String(contentsOf: old.appending(path: "index.html"), encoding: .utf8) == "new")
        #expect(try String(contentsOf: new.appending(path: "index.html"), encoding: .utf8) == "old")
        #expect(!FolderExchange.exchange(new, parent.appending(path: "missing")), "nothing to exchange with: refused, nothing moved")
        #expect(FileManager.default.fileExists(atPath: new.appending(path: "index.html").path))
    }
    #endif

    /// A site built into `public/` of a new folder.
    private func builtSite() async throws -> (site: URL, parent: URL, output: URL) {
        let site = try writeSite()
        let parent = try temporaryFolder()
        let output = parent.appending(path: "public")
        try await build(site, into: output)
        return (site, parent, output)
    }
}

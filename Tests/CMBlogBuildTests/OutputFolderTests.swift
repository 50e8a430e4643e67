import CMBlogBuild
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

/// What a build may replace: only a folder it built (marked with `.cmblog-build`) or an empty
/// one, never one inside what it reads.
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

    @Test("an output inside a folder the build reads is refused, naming the option", arguments: ["static/docs", "content", "templates/site"])
    func refusesInsideReadFolders(place: String) async throws {
        let site = try writeSite("-- static/docs/guide.txt --\nkeep me")
        let errors = try await buildErrors(site, into: site.appending(path: place))
        let folder = place.split(separator: "/")[0]
        #expect(errors.first?.contains("is inside \(folder)/ of the source folder") == true, "\(errors)")
        #expect(errors.first?.contains("--output") == true)
        #expect(try String(contentsOf: site.appending(path: "static/docs/guide.txt"), encoding: .utf8) == "keep me\n")
    }
}

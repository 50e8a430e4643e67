import CMBlogCore
import CMBlogImport
import CMBlogTestSupport
import Foundation
import Testing

/// A Jekyll folder is read as the build reads a site: no link out of it is followed, and a
/// post the build could not read stops the import before anything is written.
@Suite struct JekyllSafetyTests {
    /// A copy of the Jekyll fixture in a new folder, with `posts` added to its `_posts`.
    private func site(adding posts: [String: String] = [:]) throws -> URL {
        let folder = try Subprocess.temporaryFolder().appending(path: "jekyll")
        try FileManager.default.copyItem(at: ImportFixtures.jekyll, to: folder)
        for (name, text) in posts { try Data(text.utf8).write(to: folder.appending(path: "_posts/\(name)")) }
        return folder
    }

    @Test func aLinkOutOfTheFolderIsNeverFollowed() async throws {
        let jekyll = try site()
        let secret = jekyll.deletingLastPathComponent().appending(path: "secret.md")
        try Data("---\ntitle: Secret\nauthor: Mallory\n---\nTOP-SECRET\n".utf8).write(to: secret)
        let posts = jekyll.appending(path: "_posts")
        try FileManager.default.createSymbolicLink(atPath: posts.appending(path: "2014-06-01-secret.md").path, withDestinationPath: secret.path)
        try FileManager.default.createSymbolicLink(atPath: posts.appending(path: "2014-06-02-passwd.md").path, withDestinationPath: "/etc/passwd")
        // A link that stays inside the folder is read like any file, as the build reads it.
        try FileManager.default.createDirectory(at: jekyll.appending(path: "_drafts"), withIntermediateDirectories: true)
        try Data("---\ntitle: Inside\nauthor: Claire Dupont\n---\nInside.\n".utf8).write(to: jekyll.appending(path: "_drafts/inside.md"))
        try FileManager.default.createSymbolicLink(atPath: posts.appending(path: "2014-06-03-inside.md").path, withDestinationPath: "../_drafts/inside.md")

        let target = jekyll.deletingLastPathComponent().appending(path: "site")
        let (plan, _) = try await ImportFixtures.run(.jekyll, jekyll, into: target)
        #expect(ImportFixtures.files(in: target).filter { $0.hasPrefix("content/") } == [
            "content/posts/2014-04-02-competence.md", "content/posts/2014-05-10-dialogue.markdown", "content/posts/2014-06-03-inside.md",
        ])
        let everything = ImportFixtures.files(in: target).compactMap { try? ImportFixtures.text($0, in: target) }.joined()
        #expect(!everything.contains("TOP-SECRET") && !everything.contains("root:"), "nothing is read through a link out of the folder")
        #expect(!FileManager.default.fileExists(atPath: target.appending(path: "authors/mallory.yml").path))
        #expect(plan.report.skipped == ["symbolic links out of the folder": 2])
        let linkWarnings = plan.report.warnings.filter { $0.message.contains("symbolic link") }.map(\.location.path)
        #expect(linkWarnings == [posts.appending(path: "2014-06-01-secret.md").path, posts.appending(path: "2014-06-02-passwd.md").path])
        let report = try ImportFixtures.text("import/jekyll-report.md", in: target)
        #expect(report.contains("2014-06-01-secret.md") && report.contains("2014-06-02-passwd.md"))
    }

    @Test func postsTheBuildCouldNotReadStopTheImportWithTheirLines() async throws {
        let jekyll = try site(adding: [
            "2014-06-01-coupe.md": "---\ntitle: Coupé\nauthor: Claire Dupont\ndate: 2014-06-01\n",
            "2014-06-02-yaml.md": "---\ntitle: Bon\nauthor: Claire Dupont\ntags: [un, deux\n---\nTexte.\n",
        ])
        let target = jekyll.deletingLastPathComponent().appending(path: "site")
        let error = try await #require(throws: DiagnosticError.self) { try await ImportFixtures.run(.jekyll, jekyll, into: target) }
        let posts = jekyll.appending(path: "_posts")
        #expect(error.diagnostics.map(\.location.path) == [posts.appending(path: "2014-06-01-coupe.md").path, posts.appending(path: "2014-06-02-yaml.md").path])
        #expect(error.diagnostics[0].location.line == 1 && error.diagnostics[0].message.contains("never closed"))
        #expect((error.diagnostics[1].location.line ?? 0) >= 4, "the YAML error names a line of the front matter")
        #expect(!FileManager.default.fileExists(atPath: target.path), "nothing is written")
    }

    @Test func deeplyNestedFrontMatterIsRefusedWithoutCrashing() async throws {
        let depth = 50_000
        let yaml = "---\ntitle: Profond\nauthor: Claire Dupont\nnested: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n---\nTexte.\n"
        let jekyll = try site(adding: ["2014-06-01-profond.md": yaml])
        let target = jekyll.deletingLastPathComponent().appending(path: "site")
        let error = try await #require(throws: DiagnosticError.self) { try await ImportFixtures.run(.jekyll, jekyll, into: target) }
        #expect(error.diagnostics.first?.location.line == 4)
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }
}

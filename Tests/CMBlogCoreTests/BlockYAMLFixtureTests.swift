import CMBlogContent
import CMBlogTestSupport
import Foundation
import Testing

@Suite("Block YAML reader against Yams, on real files")
struct BlockYAMLFixtureTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every YAML document of the files under `folder`: whole `.yml` and `.yaml` files, and the
    /// front matter of pages and posts, with the line it starts on.
    static func documents(under folder: URL) -> [(path: String, text: String, firstLine: Int)] {
        guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        var documents: [(String, String, Int)] = []
        for case let file as URL in files {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            switch file.pathExtension {
            case "yml", "yaml":
                documents.append((file.path, text, 1))
            case "md", "markdown", "html":
                let split = SplitSource(splitting: text)
                if let frontMatter = split.frontMatter { documents.append((file.path, frontMatter, split.frontMatterLine)) }
            default:
                continue
            }
        }
        return documents.sorted { $0.0 < $1.0 }
    }

    /// Checks every document under `folder`; returns the paths the block reader read itself.
    static func expectSameAsYams(under folder: URL) -> Set<String> {
        var accepted: Set<String> = []
        for document in documents(under: folder) {
            let comparison = BlockYAMLComparison(document.text, firstLine: document.firstLine)
            #expect(comparison.disagreement == nil, "\(document.path): \(comparison.disagreement ?? "")")
            if comparison.accepted { accepted.insert(document.path) }
        }
        return accepted
    }

    @Test("test fixtures, the example site and the default theme read as Yams reads them")
    func fixtures() {
        for folder in ["Tests/Fixtures", "example-site", "templates"] {
            let documents = Self.documents(under: Self.repository.appending(path: folder))
            #expect(!documents.isEmpty, "no YAML under \(folder)")
            _ = Self.expectSameAsYams(under: Self.repository.appending(path: folder))
        }
        let comments = Self.documents(under: Self.repository.appending(path: "example-site/comments"))
        let accepted = Self.expectSameAsYams(under: Self.repository.appending(path: "example-site/comments"))
        #expect(accepted.count == comments.count, "comment threads left to Yams: \(Set(comments.map(\.path)).subtracting(accepted).sorted())")
    }

    @Test("a generated benchmark blog reads as Yams reads it, every document without Yams")
    func benchmarkCorpus() throws {
        let python = try #require(Subprocess.find("python3"), "python3 runs scripts/generate-corpus.py")
        let output = try Subprocess.temporaryFolder("yaml-corpus")
        let run = try Subprocess.run(python, [Self.repository.appending(path: "scripts/generate-corpus.py").path, "300", output.path])
        try #require(run.status == 0, "\(run.error)")
        let site = output.appending(path: "cmblog")
        let documents = Self.documents(under: site)
        #expect(Self.documents(under: site.appending(path: "comments")).count > 100)
        let accepted = Self.expectSameAsYams(under: site)
        let left = Set(documents.map(\.path)).subtracting(accepted)
        #expect(left.isEmpty, "left to Yams: \(left.sorted().prefix(5))")
    }
}

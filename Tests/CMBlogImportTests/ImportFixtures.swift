import CMBlogImport
import CMBlogTestSupport
import Foundation

/// The import fixtures of `Tests/Fixtures/Import` and helpers to run an import into a folder.
enum ImportFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/Import")

    static var wordpress: URL { folder.appending(path: "wordpress.xml") }
    static var jekyll: URL { folder.appending(path: "jekyll") }
    static var disqus: URL { folder.appending(path: "disqus.xml") }

    /// Plans and applies an import of `input` into `target`.
    @discardableResult
    static func run(_ source: Importer.Source, _ input: URL, into target: URL, force: Bool = false) async throws -> (ImportPlan, ImportOutcome) {
        let importer = Importer(target: target)
        let plan = try await importer.plan(source, from: input)
        return (plan, try importer.apply(plan, force: force, dryRun: false))
    }

    static func text(_ path: String, in folder: URL) throws -> String {
        try String(contentsOf: folder.appending(path: path), encoding: .utf8)
    }

    /// Every file under `folder`, relative, sorted.
    static func files(in folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (enumerator?.compactMap { $0 as? URL } ?? [])
            .filter { !$0.hasDirectoryPath && (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .map { String($0.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1)) }
            .sorted()
    }
}

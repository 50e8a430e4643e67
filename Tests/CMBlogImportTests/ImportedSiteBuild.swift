import CMBlogBuild
import CMBlogImport
import CMBlogTestSupport
import Foundation

/// An import built as `cmblog build` builds it, and how the built site answers the old URLs.
struct ImportedSiteBuild {
    let plan: ImportPlan
    /// The folder imported into.
    let source: URL
    /// The built site.
    let output: URL

    /// Imports each of `fixtures` (source and file of `Tests/Fixtures/Import`) in turn into a new
    /// folder, then builds it without drafts.
    static func make(_ fixtures: [(Importer.Source, String)]) async throws -> ImportedSiteBuild {
        let source = try Subprocess.temporaryFolder().appending(path: "site")
        var plan: ImportPlan?
        for (kind, name) in fixtures {
            plan = try await ImportFixtures.run(kind, ImportFixtures.folder.appending(path: name), into: source).0
        }
        let output = source.deletingLastPathComponent().appending(path: "public")
        _ = try await Builder(options: BuildOptions(source: source, output: output, includeDrafts: false, includeFuture: false, baseURL: nil, jobs: 2)).build()
        return ImportedSiteBuild(plan: plan!, source: source, output: output)
    }

    /// The text of a built file, nil when there is none.
    func built(_ file: String) -> String? {
        try? String(contentsOf: output.appending(path: file), encoding: .utf8)
    }

    /// Every built file's text, joined.
    var everythingBuilt: String {
        ImportFixtures.files(in: output).compactMap(built).joined()
    }

    /// The built file that answers the old URL `path` (with its query, if any): the page at that
    /// path, or the page an alias page or a `_redirects` rule leads to; nil when none does.
    func answer(to path: String) -> String? {
        if let mark = path.firstIndex(of: "?") {
            let rule = "\(path[..<mark])  \(path[path.index(after: mark)...])  "
            let line = built("_redirects")?.split(separator: "\n").first { $0.hasPrefix(rule) }
            return line.flatMap { existingFile(String($0.dropFirst(rule.count).split(separator: " ")[0])) }
        }
        guard let file = existingFile(path), let text = built(file) else { return nil }
        guard let refresh = text.range(of: "http-equiv=\"refresh\" content=\"0; url=") else { return file }
        var target = text[refresh.upperBound...].prefix { $0 != "\"" }
        if let scheme = target.range(of: "://") { target = target[scheme.upperBound...].drop { $0 != "/" } }
        return existingFile(String(target))
    }

    /// The file a site path is written to, when it was built.
    private func existingFile(_ path: String) -> String? {
        let decoded = path.removingPercentEncoding ?? path
        let trimmed = String(decoded.drop { $0 == "/" })
        let file = trimmed.isEmpty || trimmed.hasSuffix("/") ? trimmed + "index.html" : trimmed
        return FileManager.default.fileExists(atPath: output.appending(path: file).path) ? file : nil
    }
}

import CMBlogBuild
import CMBlogContent
import CMBlogCore
import CMBlogTestSupport
import Foundation

/// The fixture sites of `Tests/Fixtures/Sites`.
let fixtureSites = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appending(path: "Fixtures/Sites")

/// A fixed build moment, so goldens never depend on the day the tests run.
let fixedNow = ContentDate.parse("2026-01-01T12:00:00Z", timeZone: TimeZone(identifier: "UTC")!)!

/// A new empty temporary folder.
func temporaryFolder() throws -> URL { try Subprocess.temporaryFolder() }

/// Builds `source` into `output` (a new temporary folder by default).
@discardableResult
func build(_ source: URL, into output: URL? = nil, jobs: Int = 2) async throws -> BuildReport {
    let output = try output ?? temporaryFolder().appending(path: "public")
    return try await Builder(options: BuildOptions(source: source, output: output, jobs: jobs, now: fixedNow)).build()
}

/// The diagnostics of a build that must fail.
func buildErrors(_ source: URL, into output: URL? = nil) async throws -> [String] {
    do {
        try await build(source, into: output)
        return []
    } catch let error as DiagnosticError {
        return error.diagnostics.filter { $0.severity == .error }.map(\.description)
    }
}

/// A minimal valid site plus `extra` inline files, written to a temporary folder.
func writeSite(_ extra: String = "") throws -> URL {
    try InlineFixture("""
        -- cmblog.yml --
        title: Mini
        baseURL: https://mini.example.com/
        -- authors/ana.yml --
        name: Ana
        -- content/posts/first.md --
        ---
        title: First
        date: 2020-01-01
        author: ana
        ---
        Hello.
        \(extra)
        """).write()
}

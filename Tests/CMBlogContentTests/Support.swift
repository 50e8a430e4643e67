import CMBlogContent
import CMBlogCore
import CMBlogTestSupport
import Foundation

let baseFiles = """
    -- cmblog.yml --
    title: Atelier Test
    baseURL: https://blog.example.com/
    language: fr
    timezone: Europe/Paris
    -- authors/amelie.yml --
    name: Amélie Exemple
    role: Community manager
    """

/// Loads and assembles a site written inline after the base files.
func assemble(_ files: String, drafts: Bool = false, future: Bool = false) async -> (Site?, [Diagnostic]) {
    let fileSystem = InMemoryFileSystem(InlineFixture(baseFiles + "\n" + files))
    let (source, loadDiagnostics) = await ContentLoader(fileSystem: fileSystem, width: 2).load()
    guard let source else { return (nil, loadDiagnostics) }
    let now = ContentDate.parse("2026-01-01", timeZone: TimeZone(identifier: "UTC")!)!
    let (site, diagnostics) = await SiteAssembler(options: .init(includeDrafts: drafts, includeFuture: future, now: now)).assemble(source)
    return (loadDiagnostics.containsError ? nil : site, loadDiagnostics + diagnostics)
}

/// The errors among `diagnostics`, as printed.
func errors(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.sorted().filter { $0.severity == .error }.map(\.description)
}

import CMBlogCore
import Foundation

/// Where each file of a built site comes from: the repository file (and line) responsible for
/// it, keyed by its path in the output folder (`2024/05/launch/index.html`). Files the build
/// makes on its own (lists, feeds, the sitemap) have none.
public struct SiteOrigins: Sendable {
    public let files: [String: SourceLocation]

    public init(files: [String: SourceLocation]) {
        self.files = files
    }

    init(_ jobs: [RenderJob]) {
        var files: [String: SourceLocation] = [:]
        for job in jobs where !job.origin.path.hasPrefix("(") {
            files[job.path.outputFile] = job.origin
        }
        self.files = files
    }

    /// The repository file responsible for the output file at `path`, if one is.
    public func origin(of path: String) -> SourceLocation? { files[path] }
}

extension Builder {
    /// Where each file of the site comes from, without rendering or writing anything: the
    /// load, resolve and plan stages of `build()`. What `cmblog check` reads beside a site
    /// built earlier.
    /// - Throws: `DiagnosticError` for content errors, as the build would.
    public func origins(width: Int) async throws -> (SiteOrigins, [Diagnostic]) {
        let fileSystem = LocalFileSystem(root: options.source)
        let (loaded, loadWarnings) = try await loadAndResolve(fileSystem: fileSystem, width: width)
        let (jobs, _, warnings) = try plan(loaded, sourceRoot: fileSystem.root, warnings: loadWarnings)
        return (SiteOrigins(jobs), warnings)
    }
}

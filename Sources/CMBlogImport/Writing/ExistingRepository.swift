import CMBlogComments
import CMBlogCore
import Foundation

/// What the target folder already holds, read before planning: its settings, its authors
/// and its comment threads, so an import merges into them instead of duplicating them.
struct ExistingRepository {
    let fileSystem: any FileSystem
    /// The settings in `cmblog.yml`, nil when the folder has none yet.
    let config: SiteConfig?

    init(fileSystem: any FileSystem) throws {
        self.fileSystem = fileSystem
        if fileSystem.fileExists(SiteConfig.fileName) {
            self.config = try SiteConfig.load(from: fileSystem).0
        } else {
            self.config = nil
        }
    }

    /// Whether a file exists at `path`.
    func has(_ path: String) -> Bool { fileSystem.fileExists(path) }

    /// The text of the file at `path`, nil when there is none.
    func text(of path: String) throws -> String? {
        guard fileSystem.fileExists(path) else { return nil }
        return try SourceText.decode(try fileSystem.contents(of: path), path: path)
    }

    /// The thread already in `comments/<slug>.yml`, if any.
    func thread(slug: String, timeZone: TimeZone) throws -> CommentThread? {
        let path = "\(CommentArchiveLoader.folder)/\(slug).yml"
        guard let text = try text(of: path) else { return nil }
        let (thread, diagnostics) = CommentThreadParser(timeZone: timeZone).parse(text, path: path)
        guard let thread else { throw DiagnosticError(diagnostics) }
        return thread
    }
}

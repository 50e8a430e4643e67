import CMBlogCore
import Foundation

/// Reads a content repository: settings, posts, pages, authors, interface strings and the list
/// of static files. Files are read and parsed concurrently; every problem is collected.
public struct ContentLoader: Sendable {
    /// Where each kind of file lives in the repository.
    public enum Folder {
        public static let posts = "content/posts"
        public static let pages = "content/pages"
        public static let authors = "authors"
        public static let localizations = "i18n"
        public static let statics = "static"
    }

    /// File extensions read as posts and pages.
    public static let contentExtensions: Set<String> = ["md", "markdown", "html"]

    let fileSystem: any FileSystem
    let width: Int

    /// - Parameters:
    ///   - fileSystem: The repository.
    ///   - width: How many files to parse at once.
    public init(fileSystem: any FileSystem, width: Int) {
        self.fileSystem = fileSystem
        self.width = width
    }

    /// Reads the repository. Returns nil as the source when the settings cannot be read.
    public func load() async -> (SiteSource?, [Diagnostic]) {
        let config: SiteConfig
        var diagnostics: [Diagnostic] = []
        do {
            let (loaded, warnings) = try SiteConfig.load(from: fileSystem)
            config = loaded
            diagnostics += warnings
        } catch {
            return (nil, error.diagnostics)
        }

        do {
            let entryFiles = try contentFiles(in: Folder.posts).map { ($0, Entry.Kind.post) }
                + contentFiles(in: Folder.pages).map { ($0, Entry.Kind.page) }
            let entryParser = EntryParser(config: config)
            let parsedEntries = await entryFiles.concurrentMap(width: width) { [self] path, kind in
                parse(path) { entryParser.parse($0, path: path, kind: kind) }
            }
            let authorParser = AuthorParser(config: config)
            let authorFiles = try fileSystem.files(under: Folder.authors).filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }
            let parsedAuthors = authorFiles.map { path in parse(path) { authorParser.parse($0, path: path) } }
            let localizations = try loadLocalizations(into: &diagnostics)
            diagnostics += parsedEntries.flatMap(\.1) + parsedAuthors.flatMap(\.1)
            let staticFiles = try fileSystem.files(under: Folder.statics).filter { path in
                do {
                    try fileSystem.checkInside(path)
                    return true
                } catch {
                    diagnostics += Self.diagnostics(for: error)
                    return false
                }
            }.map { String($0.dropFirst(Folder.statics.count + 1)) }
            let source = SiteSource(
                config: config,
                entries: parsedEntries.compactMap(\.0),
                authors: parsedAuthors.compactMap(\.0),
                localizationOverrides: localizations,
                staticFiles: staticFiles
            )
            return (source, diagnostics)
        } catch {
            return (nil, diagnostics + Self.diagnostics(for: error))
        }
    }

    private func contentFiles(in folder: String) throws -> [String] {
        try fileSystem.files(under: folder).filter { Self.contentExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
    }

    private func loadLocalizations(into diagnostics: inout [Diagnostic]) throws -> [String: LocalizationTable] {
        var tables: [String: LocalizationTable] = [:]
        for path in try fileSystem.files(under: Folder.localizations) where path.hasSuffix(".yml") {
            let language = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            do {
                tables[language] = LocalizationTable(try YAMLValue.parse(try readText(path), path: path))
            } catch let error as DiagnosticError {
                diagnostics += error.diagnostics
            }
        }
        return tables
    }

    /// Reads and decodes `path`, then hands its text to `parser`; read errors become diagnostics.
    private func parse<Value>(_ path: String, with parser: (String) -> (Value?, [Diagnostic])) -> (Value?, [Diagnostic]) {
        do {
            return parser(try readText(path))
        } catch {
            return (nil, Self.diagnostics(for: error))
        }
    }

    private func readText(_ path: String) throws -> String {
        try SourceText.decode(try fileSystem.contents(of: path), path: path)
    }

    private static func diagnostics(for error: any Error) -> [Diagnostic] {
        switch error {
        case let error as DiagnosticError: error.diagnostics
        case let error as FileReadError: [.error(error.reason, path: error.path)]
        default: [.error("\(error)", path: ".")]
        }
    }
}

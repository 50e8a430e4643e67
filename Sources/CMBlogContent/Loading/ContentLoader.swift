import CMBlogCore
import Foundation

/// Reads a content repository: settings, posts, pages, authors, interface strings and the list
/// of static files. Files are read and parsed concurrently; every problem is collected.
public struct ContentLoader: Sendable {
    /// Where each kind of file lives in the repository.
    public enum Folder {
        /// Posts and pages, each in its own folder.
        public static let content = "content"
        public static let posts = content + "/posts"
        public static let pages = content + "/pages"
        public static let authors = "authors"
        public static let localizations = "i18n"
        public static let statics = "static"
    }

    /// File extensions read as posts and pages.
    public static let contentExtensions: Set<String> = ["md", "markdown", "html"]

    let fileSystem: any FileSystem
    let width: Int
    let cache: ParseCache?

    /// - Parameters:
    ///   - fileSystem: The repository.
    ///   - width: How many files to parse at once.
    ///   - cache: What earlier builds parsed, to reuse for the files that did not change.
    public init(fileSystem: any FileSystem, width: Int, cache: ParseCache? = nil) {
        self.fileSystem = fileSystem
        self.width = width
        self.cache = cache
    }

    /// Reads the repository. Returns nil as the source when the settings cannot be read.
    public func load() async -> (SiteSource?, [Diagnostic]) {
        do {
            let (config, warnings) = try SiteConfig.load(from: fileSystem)
            let (source, diagnostics) = await load(config: config)
            return (source, warnings + diagnostics)
        } catch {
            return (nil, error.diagnostics)
        }
    }

    /// Reads the repository whose settings are `config`, read beforehand.
    public func load(config: SiteConfig) async -> (SiteSource?, [Diagnostic]) {
        let entryFiles: [(String, Entry.Kind)], strays: [Diagnostic]
        do {
            (entryFiles, strays) = try self.entryFiles()
        } catch {
            return (nil, Self.diagnostics(for: error))
        }
        let entryParser = EntryParser(config: config)
        let parsedEntries = await entryFiles.concurrentMap(width: width) { [self] path, kind in
            loadEntry(path, kind: kind, parser: entryParser)
        }
        return source(config: config, entries: parsedEntries, diagnostics: strays)
    }

    /// The posts and pages to read, and the signatures that sign none of them.
    private func entryFiles() throws -> ([(String, Entry.Kind)], [Diagnostic]) {
        let postFiles = try fileSystem.files(under: Folder.posts), pageFiles = try fileSystem.files(under: Folder.pages)
        let files = Self.contentFiles(postFiles).map { ($0, Entry.Kind.post) } + Self.contentFiles(pageFiles).map { ($0, Entry.Kind.page) }
        return (files, Self.straySignatures(postFiles + pageFiles))
    }

    /// The repository's source from its parsed entries and the rest of its files (authors,
    /// interface strings, static files, redirects and categories), read here.
    private func source(config: SiteConfig, entries: [(Entry?, [Diagnostic])], diagnostics strays: [Diagnostic]) -> (SiteSource?, [Diagnostic]) {
        var diagnostics = strays
        do {
            let (authors, authorDiagnostics) = try loadAuthors(config: config)
            let localizations = try loadLocalizations(into: &diagnostics)
            diagnostics += entries.flatMap(\.1) + authorDiagnostics
            let staticFiles = try fileSystem.files(under: Folder.statics).filter { path in
                do {
                    try fileSystem.checkInside(path)
                    return true
                } catch {
                    diagnostics += Self.diagnostics(for: error)
                    return false
                }
            }.map { String($0.dropFirst(Folder.statics.count + 1)) }
            let redirects = try loadTopFile(RedirectsParser.fileName, with: RedirectsParser.parse, into: &diagnostics)
            let categories = try loadTopFile(CategoriesParser.fileName, with: CategoriesParser.parse, into: &diagnostics)
            let source = SiteSource(
                config: config, entries: entries.compactMap(\.0), authors: authors, localizationOverrides: localizations,
                staticFiles: staticFiles, redirects: redirects, categories: categories)
            return (source, diagnostics)
        } catch {
            return (nil, diagnostics + Self.diagnostics(for: error))
        }
    }

    /// Reads every file of `authors/`.
    public func loadAuthors(config: SiteConfig) throws -> ([Author], [Diagnostic]) {
        let parser = AuthorParser(config: config)
        let files = try fileSystem.files(under: Folder.authors).filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }
        let parsed = files.map { path in cached(path) { parse(path) { parser.parse($0, path: path) } } }
        return (parsed.compactMap(\.0), parsed.flatMap(\.1))
    }

    /// Reads one post or page (`content/posts/…` or `content/pages/…`) with its signature
    /// (or takes it from the cache when it did not change).
    public func loadEntry(at path: String, config: SiteConfig) -> (Entry?, [Diagnostic]) {
        let kind: Entry.Kind = path.hasPrefix(Folder.pages + "/") ? .page : .post
        return loadEntry(path, kind: kind, parser: EntryParser(config: config))
    }

    private static func contentFiles(_ files: [String]) -> [String] {
        files.filter { contentExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
    }

    /// Signature files with no entry beside them: a renamed post whose signature was left behind.
    private static func straySignatures(_ files: [String]) -> [Diagnostic] {
        let all = Set(files)
        return files.filter { SignedSource.signedPath(ofSignature: $0).map { !all.contains($0) } ?? false }.map {
            .warning("this signature has no file beside it to sign; rename it with its post, or delete it", path: $0)
        }
    }

    /// Reads, decodes and parses one entry, with its signature when one sits beside it.
    private func loadEntry(_ path: String, kind: Entry.Kind, parser: EntryParser) -> (Entry?, [Diagnostic]) {
        cached(path, companions: [SignedSource.signaturePath(of: path)]) { parseEntry(path, kind: kind, parser: parser) }
    }

    /// `parse()`, or what it gave before for the same files (see `ParseCache.parsed`).
    private func cached<Value: Codable & Sendable>(
        _ path: String, companions: [String] = [], parse: () -> (Value?, [Diagnostic])
    ) -> (Value?, [Diagnostic]) {
        guard let cache else { return parse() }
        return cache.parsed(path, companions: companions, in: fileSystem, parse: parse)
    }

    private func parseEntry(_ path: String, kind: Entry.Kind, parser: EntryParser) -> (Entry?, [Diagnostic]) {
        do {
            let bytes = try fileSystem.contents(of: path)
            var (entry, diagnostics) = parser.parse(try SourceText.decode(bytes, path: path), path: path, kind: kind)
            let signaturePath = SignedSource.signaturePath(of: path)
            if entry != nil, fileSystem.fileExists(signaturePath) {
                do {
                    let text = try SourceText.decode(try fileSystem.contents(of: signaturePath), path: signaturePath)
                    entry?.signedSource = SignedSource(bytes: try SignatureCoverage.signedBytes(of: bytes, path: path), signaturePath: signaturePath, signatureText: text)
                } catch {
                    diagnostics += Self.diagnostics(for: error)
                }
            }
            return (entry, diagnostics)
        } catch {
            return (nil, Self.diagnostics(for: error))
        }
    }

    /// What `parse` reads in the file `name` at the top of the repository (`redirects.yml`,
    /// `categories.yml`), nothing when there is no such file.
    private func loadTopFile<Item>(_ name: String, with parse: (String, String) -> ([Item], [Diagnostic]),
                                   into diagnostics: inout [Diagnostic]) throws -> [Item] {
        guard fileSystem.fileExists(name) else { return [] }
        let (items, problems) = parse(try readText(name), name)
        diagnostics += problems
        return items
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

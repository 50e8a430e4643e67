import CMBlogContent
import CMBlogCore
import Foundation

/// Reads every thread of `comments/`.
public struct CommentArchiveLoader: Sendable {
    /// Where the threads live in the repository.
    public static let folder = "comments"

    let fileSystem: any FileSystem
    let parser: CommentThreadParser
    let width: Int
    let cache: ParseCache?

    /// - Parameter cache: What earlier builds parsed, to reuse for the threads that did not change.
    public init(fileSystem: any FileSystem, timeZone: TimeZone, width: Int, cache: ParseCache? = nil) {
        self.fileSystem = fileSystem
        self.parser = CommentThreadParser(timeZone: timeZone)
        self.width = width
        self.cache = cache
    }

    /// Every thread that parsed, sorted by file, and the problems found in all of them.
    public func load() async -> ([CommentThread], [Diagnostic]) {
        let files: [String]
        do {
            files = try fileSystem.files(under: Self.folder)
        } catch {
            return ([], [.error("\(error)", path: Self.folder)])
        }
        let isThread = { (path: String) in path.hasSuffix(".yml") || path.hasSuffix(".yaml") }
        let threadFiles = files.filter(isThread)
        let others = files.filter { !isThread($0) }.map {
            Diagnostic.warning("not a comment thread (threads are `comments/<post-slug>.yml`); ignored", path: $0)
        }
        let parsed = await threadFiles.concurrentMap(width: width) { [self] path -> (CommentThread?, [Diagnostic]) in
            guard let cache else { return parse(path) }
            return cache.parsed(path, in: fileSystem) { parse(path) }
        }
        return (parsed.compactMap(\.0), others + parsed.flatMap(\.1))
    }

    private func parse(_ path: String) -> (CommentThread?, [Diagnostic]) {
        do {
            try fileSystem.checkInside(path)
            return parser.parse(try SourceText.decode(try fileSystem.contents(of: path), path: path), path: path)
        } catch let error as DiagnosticError {
            return (nil, error.diagnostics)
        } catch {
            return (nil, [.error("\(error)", path: path)])
        }
    }
}

import CMBlogBuild
import CMBlogCore
import Foundation

/// Finds the place to name for a problem found in an output file: in the repository file
/// responsible for the output when there is one (the line of the post where the link is
/// written, found by looking for the link's text in it), otherwise in the output file itself.
struct Locator: Sendable {
    let site: CheckedSite
    /// The repository files read so far: a post with many findings is read and indexed once.
    private let sources = SourceFiles()

    init(site: CheckedSite) {
        self.site = site
    }

    /// - Parameters:
    ///   - file: The output file (`2024/05/launch/index.html`).
    ///   - offset: Where in the output file the problem is.
    ///   - needle: Text that shows the problem in the source (a URL, `<center`).
    func location(file: String, offset: Int?, needle: String?) -> SourceLocation {
        if let origin = site.origins.origin(of: file) {
            if let needle, !needle.isEmpty, let source = sources.text(of: site.source.appending(path: origin.path)),
               let place = Self.find(needle, in: source.bytes, lines: source.lines) {
                return SourceLocation(path: origin.path, line: place.line, column: place.column)
            }
            return origin
        }
        return outputLocation(file: file, offset: offset)
    }

    /// The place in the output file itself.
    func outputLocation(file: String, offset: Int?) -> SourceLocation {
        let label = site.outputLabel + file
        guard let offset, let bytes = site.bytes(of: file) else { return SourceLocation(path: label) }
        let (line, column) = LineIndex(bytes).position(of: offset)
        return SourceLocation(path: label, line: line, column: column)
    }

    /// The line and column of `needle` in a file. A URL is looked for first where Markdown and
    /// HTML write links and images (`](url`, `href="url"`, `src="url"`, `<url>`), so that the
    /// same address in front matter does not win; then as it is; then, for a fragment of the
    /// same page, the part from `#`, and for an absolute URL of the site, its path.
    static func find(_ needle: String, in file: URL) -> (line: Int, column: Int)? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        let bytes = [UInt8](data)
        return find(needle, in: bytes, lines: LineIndex(bytes))
    }

    /// The same, in bytes already read and indexed.
    static func find(_ needle: String, in bytes: [UInt8], lines: LineIndex) -> (line: Int, column: Int)? {
        var candidates: [(prefix: String, text: String)] = []
        let isURL = !needle.hasPrefix("<") && !needle.hasSuffix("=") && !needle.contains(" ")
        var forms = [needle]
        if isURL, let fragment = needle.lastIndex(of: "#"), fragment != needle.startIndex { forms.append(String(needle[fragment...])) }
        if isURL, needle.hasPrefix("http"), let path = URL(string: needle)?.path(), path.count > 1 { forms.append(path) }
        for form in forms {
            if isURL { candidates += [("](", form), ("href=\"", form), ("src=\"", form), ("<", form + ">")] }
            candidates.append(("", form))
        }
        for candidate in candidates {
            let pattern = Array((candidate.prefix + candidate.text).utf8)
            guard let index = firstIndex(of: pattern, in: bytes) else { continue }
            return lines.position(of: index + candidate.prefix.utf8.count)
        }
        return nil
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
        var index = 0
        while index + pattern.count <= bytes.count {
            if bytes[index] == first && bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}

/// Repository files read by a `Locator`, each with its line index, shared by the tasks that
/// check pages at the same time.
private final class SourceFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var read: [URL: (bytes: [UInt8], lines: LineIndex)?] = [:]

    /// The bytes of `file` and their lines; nil when it cannot be read.
    func text(of file: URL) -> (bytes: [UInt8], lines: LineIndex)? {
        if let known = lock.withLock({ read[file] }) { return known }
        let bytes = FileManager.default.contents(atPath: file.path).map { [UInt8]($0) }
        let text = bytes.map { ($0, LineIndex($0)) }
        lock.withLock { read[file] = .some(text) }
        return text
    }
}

import CMBlogBuild
import CMBlogCore
import Foundation

/// Finds the place to name for a problem found in an output file: in the repository file
/// responsible for the output when there is one (the line of the post where the link is
/// written, found by looking for the link's text in it), otherwise in the output file itself.
struct Locator: Sendable {
    let site: CheckedSite

    /// - Parameters:
    ///   - file: The output file (`2024/05/launch/index.html`).
    ///   - offset: Where in the output file the problem is.
    ///   - needle: Text that shows the problem in the source (a URL, `<center`).
    func location(file: String, offset: Int?, needle: String?) -> SourceLocation {
        if let origin = site.origins.origin(of: file) {
            if let needle, !needle.isEmpty, let place = Self.find(needle, in: site.source.appending(path: origin.path)) {
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
        var candidates: [(prefix: String, text: String)] = []
        let isURL = !needle.hasPrefix("<") && !needle.hasSuffix("=") && !needle.contains(" ")
        var forms = [needle]
        if isURL, let fragment = needle.lastIndex(of: "#"), fragment != needle.startIndex { forms.append(String(needle[fragment...])) }
        if isURL, needle.hasPrefix("http"), let path = URL(string: needle)?.path(), path.count > 1 { forms.append(path) }
        for form in forms {
            if isURL { candidates += [("](", form), ("href=\"", form), ("src=\"", form), ("<", form + ">")] }
            candidates.append(("", form))
        }
        let lines = LineIndex(bytes)
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

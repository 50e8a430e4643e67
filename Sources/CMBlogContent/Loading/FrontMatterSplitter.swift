import Foundation

/// Splits a content file into its YAML front matter and its body, remembering on which file
/// line each starts so diagnostics and Markdown positions refer to the file.
public struct SplitSource: Sendable, Equatable {
    /// The YAML between the `---` lines; nil when the file has no front matter.
    public var frontMatter: String?
    /// The file line on which the YAML starts (the line after the opening `---`).
    public var frontMatterLine: Int
    /// The Markdown (or HTML) after the closing `---`.
    public var body: String
    /// The file line on which the body starts.
    public var bodyLine: Int

    /// Splits decoded file text (see `SourceText.decode`), reading its UTF-8 bytes: only the
    /// lines up to the closing fence are looked at, and the parts are slices of `text`.
    public init(splitting text: String) {
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        var lineNumber = 1
        var frontMatterStart: String.Index?
        while lineStart < bytes.endIndex || (lineStart == bytes.endIndex && frontMatterStart != nil && lineNumber > 1) {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let line = bytes[lineStart..<lineEnd]
            let next = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : bytes.endIndex
            if let start = frontMatterStart {
                if Self.isFence(line, "---") || Self.isFence(line, "...") {
                    let yamlEnd = lineStart > start ? bytes.index(before: lineStart) : start
                    self.init(frontMatter: String(text[start..<yamlEnd]), frontMatterLine: 2, body: String(text[next...]), bodyLine: lineNumber + 1)
                    return
                }
            } else {
                guard Self.isFence(line, "---") else { break }
                frontMatterStart = next
            }
            if lineEnd == bytes.endIndex { break }
            lineStart = next
            lineNumber += 1
        }
        self.init(frontMatter: nil, frontMatterLine: frontMatterStart == nil ? 1 : 2, body: text, bodyLine: 1)
    }

    init(frontMatter: String?, frontMatterLine: Int, body: String, bodyLine: Int) {
        self.frontMatter = frontMatter
        self.frontMatterLine = frontMatterLine
        self.body = body
        self.bodyLine = bodyLine
    }

    /// Whether `line` is `fence`, give or take spaces and tabs around it: the one definition of a
    /// fence, shared with `SyndicationBlock`, which cuts the raw file the same way.
    static func isFence(_ line: Substring, _ fence: String) -> Bool {
        isFence(line.utf8, fence)
    }

    /// Whether the bytes of a line (without its line break) are `fence`, give or take spaces and tabs.
    static func isFence<Bytes: BidirectionalCollection<UInt8>>(_ line: Bytes, _ fence: String) -> Bool {
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = line.firstIndex(where: { !isBlank($0) }), let last = line.lastIndex(where: { !isBlank($0) }) else {
            return false
        }
        return line[first...last].elementsEqual(fence.utf8)
    }

    /// Whether the file opens a front matter block that is never closed.
    public static func hasUnclosedFrontMatter(_ text: String) -> Bool {
        let split = SplitSource(splitting: text)
        return split.frontMatter == nil && split.frontMatterLine == 2
    }
}

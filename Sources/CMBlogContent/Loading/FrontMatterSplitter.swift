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

    /// Splits decoded file text (see `SourceText.decode`).
    public init(splitting text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, Self.isFence(first, "---") else {
            self.init(frontMatter: nil, frontMatterLine: 1, body: text, bodyLine: 1)
            return
        }
        let closing = lines.indices.dropFirst().first { Self.isFence(lines[$0], "---") || Self.isFence(lines[$0], "...") }
        guard let closing else {
            self.init(frontMatter: nil, frontMatterLine: 2, body: text, bodyLine: 1)
            return
        }
        self.init(
            frontMatter: lines[1..<closing].joined(separator: "\n"),
            frontMatterLine: 2,
            body: lines[(closing + 1)...].joined(separator: "\n"),
            bodyLine: closing + 2
        )
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

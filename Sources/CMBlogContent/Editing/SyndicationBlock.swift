import CMBlogCore
import Foundation

/// The `syndication:` list of a content file's front matter, found and edited in the file's own
/// text so every other byte stays as the author wrote it.
///
/// `cmblog syndicate` adds the URLs of a post's social copies after the post is published, and
/// often after it was signed. A signature therefore covers the file *without* this block: signing
/// and checking both remove it first, and the signed source the site publishes is the file
/// without it, so `minisign -V` still verifies it.
public enum SyndicationBlock {
    /// The file without its top-level `syndication:` block; the same bytes when it has none.
    public static func removed(from bytes: Data) -> Data {
        guard String(validating: bytes, as: UTF8.self) != nil, let location = locate(in: Array(bytes)) else { return bytes }
        var lines = location.lines
        lines.removeSubrange(location.block ?? location.closing..<location.closing)
        return Data(lines.flatMap(\.whole))
    }

    /// The file with `urls` added to its `syndication:` list (written as a block list, created
    /// before the closing `---` when missing). URLs already listed are not repeated.
    /// - Returns: nil when the file has no front matter to hold the list.
    public static func adding(_ urls: [String], existing: [String], to text: String) -> String? {
        guard let location = locate(in: Array(text.utf8)) else { return nil }
        let all = existing + urls.filter { !existing.contains($0) }
        let newline = location.lines.first.map { Array($0.whole.dropFirst($0.content.count)) } ?? []
        let block = (["syndication:"] + all.map { "  - \(yamlScalar($0))" }).map { SourceText.Line(text: $0, lineBreak: newline) }
        var lines = location.lines
        lines.replaceSubrange(location.block ?? location.closing..<location.closing, with: block)
        return String(decoding: lines.flatMap(\.whole), as: UTF8.self)
    }

    /// The lines of the file (as `SourceText` cuts them), the index of the closing fence, and the
    /// range of the `syndication:` block when there is one. Fences are found as `SplitSource`
    /// finds them, so the block is always inside the front matter the build reads.
    private static func locate(in bytes: [UInt8]) -> (lines: [SourceText.Line], closing: Int, block: Range<Int>?)? {
        let lines = SourceText.lines(of: bytes)
        guard let first = lines.first, SplitSource.isFence(first.content.trimmingPrefix(SourceText.byteOrderMark), "---"),
              let closing = lines.indices.dropFirst().first(where: { SplitSource.isFence(lines[$0].content, "---") || SplitSource.isFence(lines[$0].content, "...") })
        else { return nil }
        func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let keyLine = (1..<closing).first(where: { isKey(lines[$0].content) }) else { return (lines, closing, nil) }
        var end = keyLine + 1
        var lastContent = keyLine
        while end < closing {
            let line = lines[end].content
            if line.allSatisfy(isBlank) { end += 1; continue }
            guard let byte = line.first, isBlank(byte) || byte == UInt8(ascii: "-") else { break }
            lastContent = end
            end += 1
        }
        return (lines, closing, keyLine..<lastContent + 1)
    }

    /// Whether a front matter line starts the top-level `syndication` key.
    private static func isKey(_ line: ArraySlice<UInt8>) -> Bool {
        for key in ["syndication", "\"syndication\"", "'syndication'"] where line.starts(with: key.utf8) {
            let rest = line.dropFirst(key.utf8.count).drop(while: { $0 == UInt8(ascii: " ") })
            if rest.first == UInt8(ascii: ":") { return true }
        }
        return false
    }

    /// A URL as a YAML scalar: plain when that reads back the same, else double-quoted.
    private static func yamlScalar(_ url: String) -> String {
        let plain = url.range(of: "^[A-Za-z][A-Za-z0-9+.-]*://[^\\s#'\"]+$", options: .regularExpression) != nil
            && !url.contains(": ") && !url.hasSuffix(":")
        if plain { return url }
        return "\"" + url.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

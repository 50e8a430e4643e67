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
        let text = String(decoding: bytes, as: UTF8.self)
        guard Data(text.utf8) == bytes, let location = locate(in: text) else { return bytes }
        var lines = location.lines
        lines.removeSubrange(location.block ?? location.closing..<location.closing)
        return Data(lines.joined().utf8)
    }

    /// The file with `urls` added to its `syndication:` list (written as a block list, created
    /// before the closing `---` when missing). URLs already listed are not repeated.
    /// - Returns: nil when the file has no front matter to hold the list.
    public static func adding(_ urls: [String], existing: [String], to text: String) -> String? {
        guard let location = locate(in: text) else { return nil }
        let all = existing + urls.filter { !existing.contains($0) }
        let newline = location.lines.first?.hasSuffix("\r\n") == true ? "\r\n" : "\n"
        let block = ["syndication:" + newline] + all.map { "  - \(yamlScalar($0))" + newline }
        var lines = location.lines
        lines.replaceSubrange(location.block ?? location.closing..<location.closing, with: block)
        return lines.joined()
    }

    /// The lines of the file (each with its line ending), the index of the closing fence, and the
    /// range of the `syndication:` block when there is one.
    private static func locate(in text: String) -> (lines: [String], closing: Int, block: Range<Int>?)? {
        // By bytes: Swift reads "\r\n" as one character, and the line endings must stay as they are.
        let bytes = Array(text.utf8)
        var lines: [String] = []
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
            lines.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end
        }
        func content(_ line: String) -> Substring {
            Substring(line.unicodeScalars.drop(while: { $0 == "\u{FEFF}" }).prefix(while: { $0 != "\r" && $0 != "\n" }))
        }
        func isFence(_ line: String, _ fence: String) -> Bool {
            content(line).trimmingCharacters(in: .whitespaces) == fence
        }
        guard let first = lines.first, isFence(first, "---"),
              let closing = lines.indices.dropFirst().first(where: { isFence(lines[$0], "---") || isFence(lines[$0], "...") })
        else { return nil }
        guard let keyLine = (1..<closing).first(where: { isKey(content(lines[$0])) }) else { return (lines, closing, nil) }
        var end = keyLine + 1
        var lastContent = keyLine
        while end < closing {
            let line = content(lines[end])
            if line.trimmingCharacters(in: .whitespaces).isEmpty { end += 1; continue }
            guard line.first == " " || line.first == "\t" || line.hasPrefix("-") else { break }
            lastContent = end
            end += 1
        }
        return (lines, closing, keyLine..<lastContent + 1)
    }

    /// Whether a front matter line starts the top-level `syndication` key.
    private static func isKey(_ line: Substring) -> Bool {
        for key in ["syndication", "\"syndication\"", "'syndication'"] where line.hasPrefix(key) {
            let rest = line.dropFirst(key.count).drop(while: { $0 == " " })
            if rest.hasPrefix(":") { return true }
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

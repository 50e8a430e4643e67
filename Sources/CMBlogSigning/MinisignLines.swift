import Foundation

/// The text shape shared by minisign files: an `untrusted comment:` line followed by a line of
/// base64 (keys), then for signatures a `trusted comment:` line and a second base64 line.
enum MinisignLines {
    static let untrustedPrefix = "untrusted comment: "
    static let trustedPrefix = "trusted comment: "

    /// The lines of a file, with line endings (LF or CRLF) removed; trailing empty lines dropped.
    static func split(_ text: String) -> [Substring] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines
    }

    /// The bytes of a base64 line of exactly `count` bytes.
    static func decode(_ line: Substring, count: Int, what: String, lineNumber: Int) throws -> [UInt8] {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard let data = Data(base64Encoded: trimmed) else {
            throw MinisignError("\(what) is not valid base64", line: lineNumber)
        }
        guard data.count == count else {
            throw MinisignError("\(what) has \(data.count) bytes where minisign writes \(count)", line: lineNumber)
        }
        return [UInt8](data)
    }

    /// The text after `prefix` on `line`, or an error naming what was expected.
    static func comment(_ line: Substring?, prefix: String, lineNumber: Int) throws -> String {
        guard let line, line.hasPrefix(prefix) else {
            throw MinisignError("expected a line starting with `\(prefix.trimmingCharacters(in: .whitespaces))`", line: lineNumber)
        }
        return String(line.dropFirst(prefix.count))
    }

    static func base64(_ bytes: [UInt8]) -> String { Data(bytes).base64EncodedString() }
}

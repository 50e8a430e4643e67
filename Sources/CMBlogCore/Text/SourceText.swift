import Foundation

/// Text files of the content repository, decoded the one way cmblog reads them: UTF-8, with
/// an optional byte-order mark dropped and Windows (CRLF) or old Mac (CR) line ends made `\n`.
///
/// `lines(of:)` is the same definition of a line over a file's raw bytes: everything that cuts
/// a file into lines (front matter fences, the `syndication:` block a signature leaves out)
/// uses it, so no two readers of one file can disagree on where a line ends.
public enum SourceText {
    /// Decodes `data` read from `path`.
    /// - Throws: A `DiagnosticError` naming the line and column of the first byte that is not UTF-8.
    public static func decode(_ data: Data, path: String) throws(DiagnosticError) -> String {
        var bytes = data[...]
        if bytes.starts(with: byteOrderMark) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw DiagnosticError(invalidUTF8(in: bytes, path: path))
        }
        guard bytes.contains(carriageReturn) else { return text }
        var normalized: [UInt8] = []
        normalized.reserveCapacity(bytes.count)
        for line in lines(of: Array(bytes)) {
            normalized += line.content
            if line.hasBreak { normalized.append(lineFeed) }
        }
        return String(decoding: normalized, as: UTF8.self)
    }

    /// One line of a file's bytes.
    public struct Line: Sendable, Equatable {
        /// The line's bytes without its line break.
        public var content: ArraySlice<UInt8>
        /// The line's bytes with its line break (`\n`, `\r\n` or `\r`) when it has one.
        public var whole: ArraySlice<UInt8>
        /// Whether the line ends with a line break (the last line of a file may not).
        public var hasBreak: Bool { whole.count > content.count }
    }

    /// The lines of `bytes`: a line ends at `\n`, at `\r\n`, or at a `\r` not followed by `\n`.
    public static func lines(of bytes: [UInt8]) -> [Line] {
        var lines: [Line] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == lineFeed || byte == carriageReturn else { index += 1; continue }
            let breakLength = byte == carriageReturn && index + 1 < bytes.count && bytes[index + 1] == lineFeed ? 2 : 1
            lines.append(Line(content: bytes[start..<index], whole: bytes[start..<index + breakLength]))
            index += breakLength
            start = index
        }
        if start < bytes.count { lines.append(Line(content: bytes[start...], whole: bytes[start...])) }
        return lines
    }

    /// The UTF-8 byte-order mark, dropped at the start of a file.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private static func invalidUTF8(in bytes: Data.SubSequence, path: String) -> Diagnostic {
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let length = validSequenceLength(bytes, at: index)
            if length == 0 { break }
            let isBreak = bytes[index] == lineFeed
                || (bytes[index] == carriageReturn && (index + 1 == bytes.endIndex || bytes[index + 1] != lineFeed))
            if isBreak {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        let column = (String(validating: bytes[lineStart..<index], as: UTF8.self)?.count ?? 0) + 1
        return .error("the file is not valid UTF-8; save it as UTF-8", path: path, line: line, column: column)
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0 if it is not valid.
    private static func validSequenceLength(_ bytes: Data.SubSequence, at index: Data.Index) -> Int {
        for length in 1...4 where index + length <= bytes.endIndex {
            if String(validating: bytes[index..<(index + length)], as: UTF8.self) != nil { return length }
        }
        return 0
    }
}

extension SourceText.Line {
    /// A line made of `text` followed by `lineBreak` (empty for none).
    public init(text: String, lineBreak: [UInt8]) {
        let bytes = Array(text.utf8) + lineBreak
        self.init(content: bytes[..<text.utf8.count], whole: bytes[...])
    }
}

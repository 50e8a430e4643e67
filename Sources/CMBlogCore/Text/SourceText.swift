import Foundation

/// Text files of the content repository, decoded the one way cmblog reads them: UTF-8, with
/// an optional byte-order mark dropped and Windows (CRLF) or old Mac (CR) line ends made `\n`.
public enum SourceText {
    /// Decodes `data` read from `path`.
    /// - Throws: A `DiagnosticError` naming the line and column of the first byte that is not UTF-8.
    public static func decode(_ data: Data, path: String) throws(DiagnosticError) -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw DiagnosticError(invalidUTF8(in: bytes, path: path))
        }
        guard text.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    private static func invalidUTF8(in bytes: Data.SubSequence, path: String) -> Diagnostic {
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let length = validSequenceLength(bytes, at: index)
            if length == 0 { break }
            if bytes[index] == 0x0A {
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

import CMBlogCore
import Foundation

/// Checks that an export said to be UTF-8 is UTF-8 before the XML parser sees it: Foundation's
/// parser stops the process on an element name that is not, where cmblog names the place.
enum ExportEncoding {
    /// - Throws: A `DiagnosticError` at the line and column of the first byte that is not UTF-8,
    ///   when the file declares UTF-8 or no encoding (XML's default).
    static func check(_ data: Data, path: String) throws(DiagnosticError) {
        guard declaresUTF8(data) else { return }
        _ = try SourceText.decode(data.prefix(data.count - cutCharacterLength(data)), path: path)
    }

    /// The length of a character cut at the end of the file (its first bytes only), 0 when
    /// there is none: such a file was cut short, which the XML parser reports as such.
    private static func cutCharacterLength(_ data: Data) -> Int {
        for back in stride(from: 1, through: min(3, data.count), by: 1) {
            let byte = data[data.endIndex - back]
            guard byte & 0xC0 == 0x80 else {
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                return length > back ? back : 0
            }
        }
        return 0
    }

    /// Whether the XML declaration names UTF-8, or names no encoding and no UTF-16 mark starts the file.
    private static func declaresUTF8(_ data: Data) -> Bool {
        if data.starts(with: [0xFE, 0xFF]) || data.starts(with: [0xFF, 0xFE]) { return false }
        let head = String(decoding: data.prefix(200), as: UTF8.self)
        guard head.hasPrefix("<?xml") || head.hasPrefix("\u{FEFF}<?xml"), let end = head.range(of: "?>") else { return true }
        let declaration = head[..<end.lowerBound].lowercased()
        guard let encoding = declaration.range(of: "encoding") else { return true }
        let value = declaration[encoding.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        return value.hasPrefix("utf-8") || value.hasPrefix("utf8")
    }
}

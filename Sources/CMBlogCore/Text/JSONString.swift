/// The escaping of text inside a JSON string, as Foundation's `JSONSerialization` writes it
/// with `.withoutEscapingSlashes`: quotes, backslashes and control characters.
public enum JSONString {
    /// `text` escaped for a JSON string (without its quotes).
    public static func escape(_ text: String) -> String { plain.escape(text) }

    /// `text` escaped for a JSON string inside an HTML `<script>` element: `<`, `>` and `&`
    /// are written as `\u003c`, `\u003e` and `\u0026` too, so the text can never close it.
    public static func escapeForScript(_ text: String) -> String { script.escape(text) }

    private static let replacements: [UInt8: String] = {
        var replacements: [UInt8: String] = [
            UInt8(ascii: "\""): "\\\"", UInt8(ascii: "\\"): "\\\\", 0x08: "\\b", 0x0C: "\\f", 0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t",
        ]
        for control in UInt8(0)..<0x20 where replacements[control] == nil { replacements[control] = unicodeEscape(control) }
        return replacements
    }()

    private static let plain = ByteEscaper(replacements)
    private static let script = ByteEscaper(replacements.merging(
        [UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&")].map { ($0, unicodeEscape($0)) }) { _, new in new })

    /// `\u00XX`, lowercase hexadecimal.
    private static func unicodeEscape(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}

import CMBlogCore

/// Text made safe for XML 1.0 element content and attribute values.
enum XMLText {
    /// Escapes markup characters and drops the characters XML 1.0 forbids (C0 controls other
    /// than tab, line feed and carriage return; U+FFFE and U+FFFF), which a feed reader would
    /// otherwise reject the whole feed for.
    static func escape(_ text: String) -> String { escaper.escape(text) }

    private static let escaper: ByteEscaper = {
        var replacements: [UInt8: String] = [UInt8(ascii: "&"): "&amp;", UInt8(ascii: "<"): "&lt;", UInt8(ascii: ">"): "&gt;", UInt8(ascii: "\""): "&quot;"]
        for control in UInt8(0)..<0x20 where ![0x09, 0x0A, 0x0D].contains(control) { replacements[control] = "" }
        return ByteEscaper(replacements, dropsFFFEAndFFFF: true)
    }()

    /// An element with escaped text, or nothing when `text` is nil.
    static func element(_ name: String, _ text: String?, indent: String = "  ") -> String {
        guard let text else { return "" }
        return "\(indent)<\(name)>\(escape(text))</\(name)>\n"
    }
}

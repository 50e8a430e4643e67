/// Text made safe for XML 1.0 element content and attribute values.
enum XMLText {
    /// Escapes markup characters and drops the characters XML 1.0 forbids (C0 controls other
    /// than tab, line feed and carriage return; U+FFFE and U+FFFF), which a feed reader would
    /// otherwise reject the whole feed for.
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// An element with escaped text, or nothing when `text` is nil.
    static func element(_ name: String, _ text: String?, indent: String = "  ") -> String {
        guard let text else { return "" }
        return "\(indent)<\(name)>\(escape(text))</\(name)>\n"
    }
}

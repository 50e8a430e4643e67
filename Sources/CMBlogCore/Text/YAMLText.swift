/// YAML scalars written so that any text reads back exactly, and plainly when it can.
public enum YAMLText {
    /// `text` as a plain scalar when that is unambiguous, else double-quoted with escapes.
    public static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    /// `text` double-quoted, with `\`, `"` and control characters escaped.
    public static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": output += "\\\\"
            case "\"": output += "\\\""
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{FEFF}" {
                    output += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16).uppercased()
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    /// `key: value` for a text that may span lines: a literal block (`|-`) when it has
    /// several lines that a block keeps exactly, else a quoted scalar.
    public static func field(_ key: String, _ text: String, indent: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let blockSafe = lines.count > 1
            && !text.hasSuffix("\n") && !text.hasPrefix(" ") && !text.hasPrefix("\n")
            && lines.allSatisfy { !$0.hasSuffix(" ") && !$0.hasSuffix("\t") }
            && text.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\t" || ($0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) && $0 != "\u{FEFF}" && $0 != "\u{2028}" && $0 != "\u{2029}") }
        guard blockSafe else { return "\(indent)\(key): \(scalar(text))\n" }
        let body = lines.map { $0.isEmpty ? "" : "\(indent)  \($0)" }.joined(separator: "\n")
        return "\(indent)\(key): |-\n\(body)\n"
    }

    private static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]

    private static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if reserved.contains(text.lowercased()) || Double(text) != nil || Int(text) != nil { return false }
        if first == " " || last == " " || "-?:,[]{}#&*!|>'\"%@`~.0123456789+".unicodeScalars.contains(first) { return false }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value)
                && !["\u{2028}", "\u{2029}", "\u{FEFF}", "\u{A0}"].contains(scalar)
        }
    }
}

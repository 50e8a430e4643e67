import Foundation

/// Small, exact operations on HTML produced by the Markdown renderer or written by authors.
public enum HTMLText {
    /// The text of `html` without tags, entities decoded, whitespace collapsed.
    public static func plainText(_ html: String) -> String {
        var text = ""
        var inTag = false
        var skipping: String?
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<" {
                let rest = html[index...].lowercased().prefix(10)
                if let closing = skipping {
                    if rest.hasPrefix(closing) { skipping = nil }
                } else if rest.hasPrefix("<script") {
                    skipping = "</script"
                } else if rest.hasPrefix("<style") {
                    skipping = "</style"
                }
                inTag = true
                text.append(" ")
            } else if character == ">" && inTag {
                inTag = false
            } else if !inTag && skipping == nil {
                text.append(character)
            }
            index = html.index(after: index)
        }
        return collapseWhitespace(decodeEntities(text))
    }

    /// The number of words in plain `text`.
    public static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }.count
    }

    /// `text` with runs of whitespace made single spaces and the ends trimmed.
    public static func collapseWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace && $0 != "\u{202F}" && $0 != "\u{00A0}" })
            .joined(separator: " ")
    }

    /// `text` with `&amp;`, `&lt;`, `&#233;`, `&#xE9;` and the other common entities decoded.
    public static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = ""
        var rest = text[...]
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            let candidate = rest[ampersand...].prefix(12)
            if let semicolon = candidate.firstIndex(of: ";"),
               let decoded = decodeEntity(String(candidate[candidate.index(after: candidate.startIndex)..<semicolon]))
            {
                output.append(decoded)
                rest = rest[rest.index(after: semicolon)...]
            } else {
                output.append("&")
                rest = rest[rest.index(after: ampersand)...]
            }
        }
        return output + rest
    }

    private static func decodeEntity(_ name: String) -> Character? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init).map(Character.init)
        }
        return namedEntities[name]
    }

    private static let namedEntities: [String: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "rsquo": "\u{2019}", "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}",
        "hellip": "\u{2026}", "ndash": "\u{2013}", "mdash": "\u{2014}", "laquo": "«", "raquo": "»",
        "eacute": "é", "egrave": "è", "agrave": "à", "ccedil": "ç", "ecirc": "ê", "copy": "©",
    ]

    /// Escapes `&`, `<`, `>`, `"` and `'` for use in HTML text or attribute values.
    public static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }
}

// Reference implementation: the code as it was before it worked on UTF-8 bytes, kept only so
// the property tests can require the new code to give the same output for any input.

import Foundation
@testable import CMBlogMarkdown

/// Small, exact operations on HTML produced by the Markdown renderer or written by authors.
enum ReferenceHTMLText {
    /// The text of `html` without tags (and without `<script>`/`<style>` contents), entities
    /// decoded, whitespace collapsed.
    static func plainText(_ html: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(html.utf8.count)
        var skippingUntil: [UInt8]?
        var inTag = false
        var utf8 = Array(html.utf8)[...]
        while let byte = utf8.first {
            if byte == UInt8(ascii: "<") {
                if let closing = skippingUntil {
                    if startsCaseInsensitive(utf8, with: closing) { skippingUntil = nil }
                } else if startsCaseInsensitive(utf8, with: scriptStart) {
                    skippingUntil = scriptEnd
                } else if startsCaseInsensitive(utf8, with: styleStart) {
                    skippingUntil = styleEnd
                }
                inTag = true
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: ">") && inTag {
                inTag = false
            } else if !inTag && skippingUntil == nil {
                bytes.append(byte)
            }
            utf8 = utf8.dropFirst()
        }
        return collapseWhitespace(decodeEntities(String(decoding: bytes, as: UTF8.self)))
    }

    private static let scriptStart = Array("<script".utf8), scriptEnd = Array("</script".utf8)
    private static let styleStart = Array("<style".utf8), styleEnd = Array("</style".utf8)

    /// The number of words in plain `text`: runs without whitespace that hold a letter or digit.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        var wordHasLetter = false
        for scalar in text.unicodeScalars {
            if isBreakingSpace(scalar) {
                if inWord && wordHasLetter { count += 1 }
                inWord = false
                wordHasLetter = false
            } else {
                inWord = true
                if !wordHasLetter { wordHasLetter = isLetterOrDigit(scalar) }
            }
        }
        return count + (inWord && wordHasLetter ? 1 : 0)
    }

    /// `text` with runs of breaking whitespace made single spaces and the ends trimmed.
    /// No-break spaces are kept: they hold French punctuation to its word.
    static func collapseWhitespace(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isBreakingSpace(scalar) {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(" ") }
                pendingSpace = false
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// `text` with `&amp;`, `&lt;`, `&#233;`, `&#xE9;` and the other common entities decoded.
    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
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

    /// Escapes `&`, `<`, `>`, `"` and `'` for use in HTML text or attribute values.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { [38, 60, 62, 34, 39].contains($0) }) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(character)
            }
        }
        return output
    }

    // MARK: - Helpers

    /// The character a named reference (`eacute`, `rsquo`) stands for.
    static func character(forEntity name: String) -> Character? { HTMLEntities.characters[name] }

    private static func decodeEntity(_ name: String) -> Character? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init).map(Character.init)
        }
        return HTMLEntities.characters[name]
    }


    private static func startsCaseInsensitive(_ bytes: ArraySlice<UInt8>, with prefix: [UInt8]) -> Bool {
        guard bytes.count >= prefix.count else { return false }
        return zip(bytes, prefix).allSatisfy { $0 | 0x20 == $1 | 0x20 }
    }

    /// Whitespace that may break a line (not U+00A0, U+202F or U+2007, which hold words together).
    private static func isBreakingSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: true
        case 0x00...0x7F, 0x00A0, 0x202F, 0x2007: false
        default: scalar.properties.isWhitespace
        }
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0x00...0x7F: false
        default: scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }
}

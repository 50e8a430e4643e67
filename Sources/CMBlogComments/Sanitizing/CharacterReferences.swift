import CMBlogCore
import CMBlogMarkdown

/// Character references (`&amp;`, `&#233;`, `&#xE9;`) in comment text.
enum CharacterReferences {
    /// `text` with numeric references and the named ones of HTML 4 decoded; other names stay
    /// as written (and are escaped, so they show as typed). A reference to an
    /// invalid code point (NUL, a surrogate) becomes U+FFFD, as browsers make it.
    static func decode(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes -> String? in
            var boundaries = CharacterBoundaries(bytes, text: text)
            guard boundaries.firstOccurrence(of: "&", from: 0) != nil else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var copied = 0
            var index = 0
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "&") else {
                    index += 1
                    continue
                }
                if let (scalar, end) = numericReference(in: bytes, at: index) {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                    UTF8Scalar.append(scalar, to: &output)
                    index = end
                    copied = end
                } else if let semicolon = namedReferenceEnd(in: bytes, at: index),
                          let character = HTMLText.character(forEntity: String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self))
                {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                    output.append(contentsOf: character.utf8)
                    index = semicolon + 1
                    copied = index
                } else {
                    index += 1
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: output, as: UTF8.self)
        } ?? text
    }

    /// `&#…;` or `&#x…;` at `ampersand` (the `;` optional, as browsers allow): its scalar and
    /// where it ends. Digits may be ASCII or fullwidth.
    private static func numericReference(in bytes: UnsafeBufferPointer<UInt8>, at ampersand: Int) -> (Unicode.Scalar, Int)? {
        var index = ampersand + 1
        guard index < bytes.count, bytes[index] == UInt8(ascii: "#") else { return nil }
        index += 1
        var radix: UInt32 = 10
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "x") {
            radix = 16
            index += 1
        }
        var value: UInt32 = 0
        var digits = 0
        while index < bytes.count {
            let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            guard let digit = Character(scalar).hexDigitValue, UInt32(digit) < radix else { break }
            value = min(value &* radix &+ UInt32(digit), 0x110000)
            digits += 1
            index += length
        }
        guard digits > 0 else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: ";") { index += 1 }
        let scalar = value == 0 ? nil : Unicode.Scalar(value)
        return (scalar ?? "\u{FFFD}", index)
    }

    /// Where the `;` of a `&name;` reference at `ampersand` is: a name of ASCII letters and
    /// digits, at most 31 long.
    private static func namedReferenceEnd(in bytes: UnsafeBufferPointer<UInt8>, at ampersand: Int) -> Int? {
        for index in (ampersand + 1)..<min(ampersand + 33, bytes.count) {
            let byte = bytes[index]
            if byte == UInt8(ascii: ";") { return index > ampersand + 1 ? index : nil }
            let isLetterOrDigit = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            guard isLetterOrDigit else { return nil }
        }
        return nil
    }
}

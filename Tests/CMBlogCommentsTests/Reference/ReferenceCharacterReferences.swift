// Reference implementation: the code as it was before it worked on UTF-8 bytes, kept only so
// the property tests can require the new code to give the same output for any input.

import CMBlogMarkdown
@testable import CMBlogComments

/// Character references (`&amp;`, `&#233;`, `&#xE9;`) in comment text.
enum ReferenceCharacterReferences {
    /// `text` with numeric references and the named ones of HTML 4 decoded; other names stay
    /// as written (and are escaped, so they show as typed). A reference to an
    /// invalid code point (NUL, a surrogate) becomes U+FFFD, as browsers make it.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let first = scalars.first {
            if first == "&", let (scalar, length) = numericReference(scalars) {
                output.append(scalar)
                scalars = scalars.dropFirst(length)
            } else if first == "&", let name = namedReference(scalars), let character = HTMLText.character(forEntity: name) {
                output.append(contentsOf: character.unicodeScalars)
                scalars = scalars.dropFirst(name.unicodeScalars.count + 2)
            } else {
                output.append(first)
                scalars = scalars.dropFirst()
            }
        }
        return String(output)
    }

    /// `&#…;` or `&#x…;` at the start of `scalars` (the `;` optional, as browsers allow).
    private static func numericReference(_ scalars: Substring.UnicodeScalarView) -> (Unicode.Scalar, Int)? {
        var index = scalars.index(after: scalars.startIndex)
        guard index < scalars.endIndex, scalars[index] == "#" else { return nil }
        index = scalars.index(after: index)
        var radix: UInt32 = 10
        if index < scalars.endIndex, scalars[index] == "x" || scalars[index] == "X" {
            radix = 16
            index = scalars.index(after: index)
        }
        var value: UInt32 = 0
        var digits = 0
        while index < scalars.endIndex, let digit = Character(scalars[index]).hexDigitValue, UInt32(digit) < radix {
            value = min(value &* radix &+ UInt32(digit), 0x110000)
            digits += 1
            index = scalars.index(after: index)
        }
        guard digits > 0 else { return nil }
        if index < scalars.endIndex, scalars[index] == ";" { index = scalars.index(after: index) }
        let scalar = value == 0 ? nil : Unicode.Scalar(value)
        return (scalar ?? "\u{FFFD}", scalars.distance(from: scalars.startIndex, to: index))
    }

    /// The name of a `&name;` reference at the start of `scalars`.
    private static func namedReference(_ scalars: Substring.UnicodeScalarView) -> String? {
        var name = String.UnicodeScalarView()
        for scalar in scalars.dropFirst().prefix(32) {
            if scalar == ";" { return name.isEmpty ? nil : String(name) }
            guard ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) else { return nil }
            name.append(scalar)
        }
        return nil
    }
}

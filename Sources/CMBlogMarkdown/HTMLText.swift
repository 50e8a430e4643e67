import CMBlogCore

/// Small, exact operations on HTML produced by the Markdown renderer or written by authors.
///
/// They work on UTF-8 bytes and make each result `String` once: they run on every post of
/// large sites.
public enum HTMLText {
    /// The text of `html` without tags (and without `<script>`/`<style>` contents), entities
    /// decoded, whitespace collapsed.
    public static func plainText(_ html: String) -> String {
        let text = TagStripping.text(of: html)
        let decoded = text.withUnsafeBufferPointer { EntityDecoding.decode($0, text: nil) } ?? text
        return decoded.withUnsafeBufferPointer { String(decoding: BreakingSpace.collapse($0), as: UTF8.self) }
    }

    /// The number of words in plain `text`: runs without whitespace that hold a letter or digit.
    public static func wordCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var inWord = false
            var wordHasLetter = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let scalar: Unicode.Scalar
                if byte < 0x80 {
                    scalar = Unicode.Scalar(byte)
                    index += 1
                } else {
                    let decoded = UTF8Scalar.decode(bytes, at: index)
                    scalar = decoded.scalar
                    index += decoded.length
                }
                if BreakingSpace.isBreaking(scalar) {
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
    }

    /// `text` with runs of breaking whitespace made single spaces and the ends trimmed.
    /// No-break spaces are kept: they hold French punctuation to its word.
    public static func collapseWhitespace(_ text: String) -> String {
        var text = text
        return text.withUTF8 { String(decoding: BreakingSpace.collapse($0), as: UTF8.self) }
    }

    /// `text` with `&amp;`, `&lt;`, `&#233;`, `&#xE9;` and the other common entities decoded.
    public static func decodeEntities(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes in
            EntityDecoding.decode(bytes, text: text).map { String(decoding: $0, as: UTF8.self) }
        } ?? text
    }

    /// Escapes `&`, `<`, `>`, `"` and `'` for use in HTML text or attribute values.
    public static func escape(_ text: String) -> String { ByteEscaper.html.escape(text) }

    /// The character a named reference (`eacute`, `rsquo`) stands for.
    public static func character(forEntity name: String) -> Character? { HTMLEntities.characters[name] }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0x00...0x7F: false
        default: scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }
}

import CMBlogCore

/// French typographic spacing for plain text.
///
/// A narrow no-break space (U+202F) goes before `; ! ? »` and after `«`, replacing an ordinary
/// or no-break space typed there, or inserted when none was typed. Before `:` an existing space
/// is replaced but none is inserted, so times (`10:30`) and addresses (`https://`) stay intact.
public enum FrenchTypography {
    /// The narrow no-break space.
    public static let narrowNoBreakSpace: Character = "\u{202F}"

    /// Whether texts in `language` (a BCP 47 tag: `fr`, `fr-CA`) get French spacing.
    public static func applies(toLanguage language: String) -> Bool {
        language.lowercased().hasPrefix("fr")
    }

    /// `text` with French spacing applied. Give it text only, never code, URLs or markup.
    ///
    /// Works on the UTF-8 bytes, looking only at the punctuation and the characters next to
    /// it; each mark counts only when it is a character of its own (not `!` with a combining
    /// mark on it).
    public static func apply(to text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes in
            guard bytes.contains(where: isTriggerByte) else { return nil }
            var writer = Writer(bytes, text: text)
            return writer.spaced()
        } ?? text
    }

    /// A byte that starts or is one of `; : ! ? « »` (both guillemets start with 0xC2).
    private static func isTriggerByte(_ byte: UInt8) -> Bool {
        byte == 0xC2 || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    private static let narrowNoBreakSpaceBytes: [UInt8] = [0xE2, 0x80, 0xAF]

    /// One pass over a text's bytes, copying runs between the marks.
    private struct Writer {
        private let bytes: UnsafeBufferPointer<UInt8>
        private var boundaries: CharacterBoundaries
        private var output: [UInt8] = []
        /// The input is copied up to here.
        private var copied = 0
        /// Whether the last character written is a narrow no-break space written after `«`.
        private var endsWithInsertedSpace = false

        init(_ bytes: UnsafeBufferPointer<UInt8>, text: String) {
            self.bytes = bytes
            boundaries = CharacterBoundaries(bytes, text: text)
            output.reserveCapacity(bytes.count + 16)
        }

        mutating func spaced() -> String {
            var index = 0
            while index < bytes.count {
                let length = markLength(at: index)
                guard length > 0, boundaries.isBoundary(at: index), boundaries.isBoundary(at: index + length) else {
                    index += 1
                    continue
                }
                copy(upTo: index)
                if bytes[index] == 0xC2 && bytes[index + 1] == 0xAB {
                    openingGuillemet(at: index)
                } else {
                    spacedBefore(markAt: index, length: length)
                }
                index = copied
            }
            copy(upTo: bytes.count)
            return String(decoding: output, as: UTF8.self)
        }

        /// 1 or 2 when a mark's bytes start at `index`, else 0.
        private func markLength(at index: Int) -> Int {
            switch bytes[index] {
            case UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"): 1
            case 0xC2 where index + 1 < bytes.count && (bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB): 2
            default: 0
            }
        }

        /// `; : ! ? »` at `index`: the space before it made narrow, or one inserted after a word.
        private mutating func spacedBefore(markAt index: Int, length: Int) {
            if !endsWithInsertedSpace, index > 0 {
                let start = boundaries.characterStart(before: index)
                let previous = bytes[start..<index]
                if Self.isTypedSpace(previous) {
                    output.removeLast(previous.count)
                    output.append(contentsOf: narrowNoBreakSpaceBytes)
                } else if bytes[index] != UInt8(ascii: ":"), Self.endsWord(previous) {
                    output.append(contentsOf: narrowNoBreakSpaceBytes)
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
            copied = index + length
            endsWithInsertedSpace = false
        }

        /// `«` at `index`: the space after it made narrow, or one inserted before a word.
        private mutating func openingGuillemet(at index: Int) {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + 2)]))
            copied = index + 2
            endsWithInsertedSpace = false
            guard copied < bytes.count else { return }
            let end = boundaries.characterEnd(after: copied)
            let next = bytes[copied..<end]
            if Self.isTypedSpace(next) {
                copied = end
            } else if UTF8Scalar.decode(bytes, at: copied).scalar.properties.isWhitespace {
                return
            }
            output.append(contentsOf: narrowNoBreakSpaceBytes)
            endsWithInsertedSpace = true
        }

        private mutating func copy(upTo index: Int) {
            guard index > copied else { return }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
            copied = index
            endsWithInsertedSpace = false
        }

        /// A space, no-break space, thin space or narrow no-break space, as a whole character.
        private static func isTypedSpace(_ character: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
            switch character.count {
            case 1: character.first == UInt8(ascii: " ")
            case 2: character.elementsEqual([0xC2, 0xA0])
            case 3: character.elementsEqual([0xE2, 0x80, 0x89]) || character.elementsEqual([0xE2, 0x80, 0xAF])
            default: false
            }
        }

        /// Whether a character ends a word: it starts with a letter or digit, or is `’`.
        private static func endsWord(_ character: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
            if character.elementsEqual([0xE2, 0x80, 0x99]) { return true }
            let first = UTF8Scalar.decode(UnsafeBufferPointer(rebasing: character), at: 0).scalar
            return first.properties.isAlphabetic || first.properties.numericType != nil
        }
    }
}

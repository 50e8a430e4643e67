/// Where the `Character`s (extended grapheme clusters) of a UTF-8 text start, by byte offset,
/// as a walk over the text's `Character`s sees them.
///
/// Byte passes use it to read ASCII syntax (`&`, `<`, `;`) exactly as `Character` code did,
/// where `"e\u{301}"` is one character and `">\u{301}"` is not a `>`. Between two ASCII bytes
/// the answer is known at once (each ASCII character stands alone, but CR LF); next to any
/// other byte the text's own grapheme breaking answers, from a `String` made on first need.
///
/// Valid only while the bytes it was made from are.
public struct CharacterBoundaries {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var text: String?

    /// - Parameters:
    ///   - bytes: Valid UTF-8.
    ///   - text: The string `bytes` are the UTF-8 of, when there is one already.
    public init(_ bytes: UnsafeBufferPointer<UInt8>, text: String? = nil) {
        self.bytes = bytes
        self.text = text
    }

    /// Whether a `Character` starts at `offset` (or the text ends there).
    public mutating func isBoundary(at offset: Int) -> Bool {
        if offset <= 0 || offset >= bytes.count { return true }
        let before = bytes[offset - 1], after = bytes[offset]
        if before < 0x80 && after < 0x80 { return !(before == 0x0D && after == 0x0A) }
        if UTF8.isContinuation(after) { return false }
        let string = resolvedText()
        return String.Index(index(offset, in: string), within: string) != nil
    }

    /// Where the `Character` that ends at `offset`, a boundary, starts.
    public mutating func characterStart(before offset: Int) -> Int {
        if bytes[offset - 1] < 0x80, isBoundary(at: offset - 1) { return offset - 1 }
        let string = resolvedText()
        return string.utf8.distance(from: string.startIndex, to: string.index(before: index(offset, in: string)))
    }

    /// Where the `Character` that starts at `offset`, a boundary, ends.
    public mutating func characterEnd(after offset: Int) -> Int {
        if bytes[offset] < 0x80, isBoundary(at: offset + 1) { return offset + 1 }
        let string = resolvedText()
        return string.utf8.distance(from: string.startIndex, to: string.index(after: index(offset, in: string)))
    }

    /// Whether `pattern`, ASCII, is at `offset` as whole characters: its bytes, with a
    /// `Character` boundary on each side.
    public mutating func hasCharacters(_ pattern: StaticString, at offset: Int) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let start = pattern.utf8Start
        for position in 0..<count where bytes[offset + position] != start[position] { return false }
        return isBoundary(at: offset) && isBoundary(at: offset + count)
    }

    /// Where `pattern`, ASCII, is first found as whole characters at or after `offset`.
    public mutating func firstOccurrence(of pattern: StaticString, from offset: Int) -> Int? {
        let first = pattern.utf8Start[0]
        var index = offset
        while index < bytes.count {
            if bytes[index] == first, hasCharacters(pattern, at: index) { return index }
            index += 1
        }
        return nil
    }

    private mutating func resolvedText() -> String {
        if let text { return text }
        let made = String(decoding: bytes, as: UTF8.self)
        text = made
        return made
    }

    private func index(_ offset: Int, in string: String) -> String.Index {
        string.utf8.index(string.utf8.startIndex, offsetBy: offset)
    }
}

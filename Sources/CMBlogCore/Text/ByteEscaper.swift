/// Escapes text in one pass over its UTF-8 bytes, from a table of ASCII bytes to what each
/// becomes (its replacement, or nothing); every other byte is copied as it is. The escaping
/// of HTML, XML and JSON text is a table each, not a walk over Unicode scalars.
public struct ByteEscaper: Sendable {
    /// For each ASCII byte, nil to keep it, else its replacement (empty to drop it).
    private let table: [[UInt8]?]
    /// Whether U+FFFE and U+FFFF (which XML 1.0 forbids) are dropped.
    private let dropsFFFEAndFFFF: Bool

    /// - Parameters:
    ///   - replacements: What an ASCII character becomes; absent characters are kept.
    ///   - dropsFFFEAndFFFF: Whether the noncharacters U+FFFE and U+FFFF are dropped too.
    public init(_ replacements: [UInt8: String], dropsFFFEAndFFFF: Bool = false) {
        var table = [[UInt8]?](repeating: nil, count: 128)
        for (byte, replacement) in replacements where byte < 128 { table[Int(byte)] = Array(replacement.utf8) }
        self.table = table
        self.dropsFFFEAndFFFF = dropsFFFEAndFFFF
    }

    /// `text` escaped; `text` itself when nothing in it needs escaping.
    public func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var length = 0
            var index = 0
            while index < bytes.count {
                let (replacement, width) = step(bytes, index)
                length += replacement?.count ?? width
                index += width
            }
            if length == bytes.count, !needsRewrite(bytes) { return nil }
            return String(unsafeUninitializedCapacity: length) { output in
                var written = 0
                var index = 0
                while index < bytes.count {
                    let (replacement, width) = step(bytes, index)
                    if let replacement {
                        for byte in replacement { output[written] = byte; written += 1 }
                    } else {
                        for offset in 0..<width { output[written + offset] = bytes[index + offset] }
                        written += width
                    }
                    index += width
                }
                return written
            }
        } ?? text
    }

    /// Appends `bytes`, valid UTF-8, escaped to `output`.
    public func append(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, to output: inout [UInt8]) {
        let base = UnsafeBufferPointer(rebasing: bytes)
        var index = 0
        var run = 0
        while index < base.count {
            let (replacement, width) = step(base, index)
            if let replacement {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: base[run..<index]))
                output.append(contentsOf: replacement)
                run = index + width
            }
            index += width
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: base[run...]))
    }

    /// Appends `text` escaped to `output`.
    public func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { append($0[...], to: &output) }
    }

    /// What the bytes at `index` become (nil: themselves) and how many bytes they span.
    @inline(__always)
    private func step(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> ([UInt8]?, Int) {
        let byte = bytes[index]
        if byte < 128 { return (table[Int(byte)], 1) }
        if dropsFFFEAndFFFF, byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] & 0xFE == 0xBE {
            return ([], 3)
        }
        return (nil, 1)
    }

    /// Whether a text of unchanged length still differs from its escaped form (a replacement of
    /// the same length as what it replaces).
    private func needsRewrite(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let (replacement, width) = step(bytes, index)
            if replacement != nil { return true }
            index += width
        }
        return false
    }
}

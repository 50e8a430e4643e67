/// Reading Unicode scalars straight from UTF-8 bytes.
public enum UTF8Scalar {
    /// The scalar that starts at `offset` of valid UTF-8, and how many bytes it spans.
    @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = lead & (0xFF >> UInt32(length + 1))
        for position in 1..<length { value = value << 6 | UInt32(bytes[offset + position] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Appends the UTF-8 of `scalar` to `output`.
    @inline(__always)
    public static func append(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        output.append(contentsOf: UTF8.encode(scalar)!)
    }
}

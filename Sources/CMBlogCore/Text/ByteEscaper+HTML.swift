extension ByteEscaper {
    /// HTML text and attribute values: `&`, `<`, `>`, `"` and `'` escaped.
    public static let html = ByteEscaper([
        UInt8(ascii: "&"): "&amp;", UInt8(ascii: "<"): "&lt;", UInt8(ascii: ">"): "&gt;", UInt8(ascii: "\""): "&quot;",
        UInt8(ascii: "'"): "&#39;",
    ])
}

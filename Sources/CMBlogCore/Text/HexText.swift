/// Bytes written as hexadecimal digits, two per byte.
public enum HexText {
    /// `bytes` in lowercase hex (`"00ff"`).
    public static func lowercase(_ bytes: some Sequence<UInt8>) -> String { write(bytes, digits: lowerDigits) }

    /// `bytes` in uppercase hex (`"00FF"`).
    public static func uppercase(_ bytes: some Sequence<UInt8>) -> String { write(bytes, digits: upperDigits) }

    private static let lowerDigits = Array("0123456789abcdef".utf8)
    private static let upperDigits = Array("0123456789ABCDEF".utf8)

    private static func write(_ bytes: some Sequence<UInt8>, digits: [UInt8]) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}

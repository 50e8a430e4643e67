import Foundation

/// Trimming UTF-8 bytes the way `trimmingCharacters(in:)` trims a string: whole scalars of a
/// character set at both ends, without making the string first.
public enum UTF8Trimming {
    /// `range` of `bytes`, valid UTF-8, without the scalars of `set` at its ends.
    public static func trimmed(_ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, in set: CharacterSet) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end {
            let (scalar, length) = UTF8Scalar.decode(bytes, at: start)
            guard set.contains(scalar) else { break }
            start += length
        }
        while end > start {
            var scalarStart = end - 1
            while UTF8.isContinuation(bytes[scalarStart]) { scalarStart -= 1 }
            guard set.contains(UTF8Scalar.decode(bytes, at: scalarStart).scalar) else { break }
            end = scalarStart
        }
        return start..<end
    }

    /// `text` without the scalars of `set` at its ends.
    public static func trimmed(_ text: String, in set: CharacterSet) -> String {
        var copy = text
        return copy.withUTF8 { bytes in
            let range = trimmed(0..<bytes.count, of: bytes, in: set)
            return range.count == bytes.count ? nil : String(decoding: bytes[range], as: UTF8.self)
        } ?? text
    }

    /// `bytes` without the scalars of `set` at their ends, as a string.
    public static func trimmedString(_ bytes: [UInt8], in set: CharacterSet) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: $0[trimmed(0..<$0.count, of: $0, in: set)], as: UTF8.self) }
    }
}

import CMBlogCore
import Foundation

/// A check of a PNG's chunk structure that decoders only warn about: each chunk's CRC, and
/// an `IEND` at the end, so a damaged file is refused rather than published half-broken.
enum PNGChunks {
    /// Why the PNG's chunks are damaged; nil when they are sound (or the data is no PNG).
    static func damage(in data: Data) -> String? {
        let bytes = [UInt8](data)
        guard bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
        var offset = 8
        while offset + 12 <= bytes.count {
            let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            let end = offset + 8 + length
            guard length >= 0, end + 4 <= bytes.count else { return "the file is truncated" }
            let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
            let stored = bytes[end..<end + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            guard CRC32.of(bytes[offset + 4..<end]) == stored else { return "the \(type) chunk's CRC is wrong (the file is damaged)" }
            if type == "IEND" { return nil }
            offset = end + 4
        }
        return "the file is truncated"
    }
}

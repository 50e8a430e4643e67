import CMBlogCore
import Foundation

/// Image files written in code: complete, decodable PNGs of one colour.
public enum TestImages {
    /// A PNG of `width` × `height` pixels of one colour (1-bit indexed, stored without
    /// compression: about one byte for eight pixels); black, in one grey band, when `rgb` is nil.
    public static func png(width: UInt32, height: UInt32, rgb: [UInt8]? = [0x9B, 0x3D, 0x12]) -> Data {
        var ihdr = bigEndian(width) + bigEndian(height)
        ihdr += [1, rgb == nil ? 0 : 3, 0, 0, 0]
        let row = [UInt8](repeating: 0, count: 1 + (Int(width) + 7) / 8)
        let raw = Array([[UInt8]](repeating: row, count: Int(height)).joined())
        return Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", ihdr) + (rgb.map { chunk("PLTE", $0) } ?? [])
                    + chunk("IDAT", zlibStored(raw)) + chunk("IEND", []))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] { [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) } }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + body + bigEndian(CRC32.of(body))
    }

    /// A zlib stream of stored (uncompressed) deflate blocks.
    private static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let count = min(65535, data.count - offset)
            let last: UInt8 = offset + count == data.count ? 1 : 0
            out += [last, UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8((~count >> 8) & 0xFF)]
            out += data[offset..<offset + count]
            offset += count
        } while offset < data.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data { a = (a + UInt32(byte)) % 65521; b = (b + a) % 65521 }
        return out + bigEndian(b << 16 | a)
    }
}

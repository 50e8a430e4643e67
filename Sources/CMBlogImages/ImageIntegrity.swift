import Foundation

/// Whether an encoded image is whole: decoders only warn about a truncated JPEG or a damaged
/// PNG and fill the rest with grey, so sources are checked before they are used, and files of
/// the image cache before they are trusted.
public enum ImageIntegrity {
    /// Why the image's bytes are damaged or cut short; nil when they look whole (or the format
    /// is not one checked here).
    public static func damage(in data: Data) -> String? {
        if data.isEmpty { return "the file is empty" }
        return PNGChunks.damage(in: data) ?? jpegDamage(in: data) ?? webpDamage(in: data) ?? gifDamage(in: data)
    }

    /// A JPEG is whole when its segments lead to a scan and an end-of-image marker follows it
    /// (segment lengths skip the thumbnail a camera puts in its EXIF block).
    static func jpegDamage(in data: Data) -> String? {
        let bytes = [UInt8](data)
        guard bytes.starts(with: [0xFF, 0xD8]) else { return nil }
        var offset = 2
        while offset + 4 <= bytes.count {
            guard bytes[offset] == 0xFF else { return "the file is damaged (a segment does not start where the previous one ends)" }
            let marker = bytes[offset + 1]
            if marker == 0xFF { offset += 1; continue }
            if marker == 0xDA {
                var index = offset + 2
                while index + 1 < bytes.count {
                    if bytes[index] == 0xFF, bytes[index + 1] == 0xD9 { return nil }
                    index += 1
                }
                return "the file is truncated (it ends in the middle of the picture)"
            }
            offset += 2 + (Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3]))
        }
        return "the file is truncated"
    }

    /// A WebP is whole when its RIFF header counts the bytes that are there.
    static func webpDamage(in data: Data) -> String? {
        let bytes = [UInt8](data.prefix(12))
        guard bytes.count == 12, bytes[0..<4].elementsEqual("RIFF".utf8), bytes[8..<12].elementsEqual("WEBP".utf8) else { return nil }
        let stated = bytes[4..<8].reversed().reduce(0) { $0 << 8 | Int($1) }
        return stated + 8 <= data.count ? nil : "the file is truncated"
    }

    /// A GIF is whole when it ends with its trailer byte.
    static func gifDamage(in data: Data) -> String? {
        guard data.starts(with: "GIF8".utf8) else { return nil }
        return data.last == 0x3B ? nil : "the file is truncated"
    }
}

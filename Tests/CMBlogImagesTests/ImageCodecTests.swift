import CMBlogCore
import CMBlogImages
import CMBlogTestSupport
import Foundation
import Testing

@Suite("Image codec")
struct ImageCodecTests {
    private static let png = TestImages.png(width: 300, height: 200)

    private static func resized(_ data: Data, width: Int, format: RasterFormat, quality: Int, keepMetadata: Bool) throws -> Data {
        try ImageCodec.resized(data, to: [ImageCodec.Copy(width: width, format: format)], quality: quality, keepMetadata: keepMetadata)[0]
    }

    @Test("makes several copies from one decode, each as if made alone")
    func severalCopies() throws {
        let copies: [ImageCodec.Copy] = [.init(width: 80, format: .webp), .init(width: 300, format: .png), .init(width: 150, format: .jpeg)]
        let made = try ImageCodec.resized(Self.png, to: copies, quality: 80, keepMetadata: false)
        #expect(made.map { ImageSize(of: $0) } == [ImageSize(width: 80, height: 53), ImageSize(width: 300, height: 200), ImageSize(width: 150, height: 100)])
    }

    @Test("resizes down, never up, in each format")
    func resizes() throws {
        for format in RasterFormat.allCases {
            let copy = try Self.resized(Self.png, width: 120, format: format, quality: 80, keepMetadata: false)
            #expect(try ImageCodec.header(of: copy).size == ImageSize(width: 120, height: 80))
            #expect(ImageSize(of: copy) == ImageSize(width: 120, height: 80))
        }
        let wide = try Self.resized(Self.png, width: 900, format: .webp, quality: 80, keepMetadata: false)
        #expect(ImageSize(of: wide) == ImageSize(width: 300, height: 200))
    }

    @Test("makes the same bytes every time, from many threads at once")
    func deterministic() async throws {
        let first = try Self.resized(Self.png, width: 100, format: .webp, quality: 82, keepMetadata: false)
        let copies = await Array(0..<16).concurrentMap(width: 8) { _ in try? Self.resized(Self.png, width: 100, format: .webp, quality: 82, keepMetadata: false) }
        #expect(copies.allSatisfy { $0 == first })
    }

    @Test("strips EXIF and GPS from copies")
    func strips() throws {
        let jpeg = try Self.resized(Self.png, width: 300, format: .jpeg, quality: 90, keepMetadata: true)
        let tagged = Self.withExif(jpeg)
        #expect(tagged.range(of: Data("Exif".utf8)) != nil)
        let copy = try Self.resized(tagged, width: 200, format: .jpeg, quality: 80, keepMetadata: false)
        #expect(copy.range(of: Data("Exif".utf8)) == nil)
        let kept = try Self.resized(tagged, width: 200, format: .webp, quality: 80, keepMetadata: true)
        #expect(Self.webpExif(kept) != nil, "the check finds the EXIF chunk of a WebP that keeps it")
        let webp = try Self.resized(tagged, width: 200, format: .webp, quality: 80, keepMetadata: false)
        #expect(Self.webpExif(webp).map(Self.hasGPSPointer) != true, "a WebP copy carries no GPS")
    }

    /// The payload of a WebP's `EXIF` chunk, if it has one.
    private static func webpExif(_ webp: Data) -> Data? {
        let bytes = [UInt8](webp)
        var offset = 12
        while offset + 8 <= bytes.count {
            let size = bytes[offset + 4..<offset + 8].reversed().reduce(0) { $0 << 8 | Int($1) }
            if bytes[offset..<offset + 4].elementsEqual("EXIF".utf8) { return Data(bytes[offset + 8..<min(bytes.count, offset + 8 + size)]) }
            offset += 8 + size + size % 2
        }
        return nil
    }

    /// Whether an EXIF block has a GPSInfo (0x8825) entry, in either byte order.
    private static func hasGPSPointer(_ exif: Data) -> Bool {
        exif.range(of: Data([0x25, 0x88])) != nil || exif.range(of: Data([0x88, 0x25])) != nil
    }

    /// A JPEG with an APP1 EXIF segment (a GPS latitude tag) inserted after its SOI marker.
    private static func withExif(_ jpeg: Data) -> Data {
        // TIFF header (little endian), IFD0 with one entry: GPSInfo pointer (0x8825) to an empty GPS IFD.
        let tiff: [UInt8] = [0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00, 0x01, 0x00, 0x25, 0x88, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00,
                             0x1A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]
        let payload = Array("Exif".utf8) + [0, 0] + tiff
        let length = payload.count + 2
        return jpeg.prefix(2) + Data([0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + payload) + jpeg.dropFirst(2)
    }

    @Test("damaged and unsupported files are errors, not crashes", arguments: ["truncated JPEG", "PNG with a bad CRC", "text named .jpg", "zero bytes"])
    func damaged(_ kind: String) throws {
        let jpeg = try Self.resized(TestImages.png(width: 64, height: 64, rgb: [10, 200, 30]), width: 64, format: .jpeg, quality: 90, keepMetadata: false)
        var broken = Data(Self.png)
        broken[broken.count - 20] ^= 0xFF
        let data: Data = switch kind {
        case "truncated JPEG": jpeg.prefix(jpeg.count / 2)
        case "PNG with a bad CRC": broken
        case "text named .jpg": Data("not an image at all\n".utf8)
        default: Data()
        }
        #expect(throws: ImageError.self) {
            _ = try Self.resized(data, width: 32, format: .webp, quality: 80, keepMetadata: false)
        }
    }

    @Test("a GIF of several frames is seen as an animation, a GIF of one frame is not")
    func animation() throws {
        let header: [UInt8] = Array("GIF89a".utf8) + [0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF]
        let frame: [UInt8] = [0x21, 0xF9, 0x04, 0x00, 0x0A, 0x00, 0x00, 0x00,
                              0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00]
        let still = Data(header + frame + [0x3B])
        let animated = Data(header + frame + frame + [0x3B])
        #expect(try ImageCodec.header(of: still).isAnimated == false)
        #expect(try ImageCodec.header(of: animated).isAnimated)
    }

    @Test("draws an SVG document, and measures text in a system font")
    func svgAndText() throws {
        let svg = ##"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><rect width="120" height="60" fill="#9b3d12"/><text x="10" y="40" font-family="DejaVu Sans">Aé</text></svg>"##
        #expect(ImageSize(of: try ImageCodec.png(ofSVG: Data(svg.utf8))) == ImageSize(width: 120, height: 60))
        let short = try ImageCodec.textWidth("Café", font: "DejaVu Sans Bold 40")
        let long = try ImageCodec.textWidth("Café & croissants", font: "DejaVu Sans Bold 40")
        #expect(short > 40 && long > short * 2)
    }

    @Test("icons are square PNGs of the asked size, small logos enlarged")
    func icons() throws {
        let icon = try ImageCodec.icon(Self.png, size: 180)
        #expect(ImageSize(of: icon) == ImageSize(width: 180, height: 180))
        #expect(ImageSize(of: try ImageCodec.icon(TestImages.png(width: 16, height: 16), size: 512)) == ImageSize(width: 512, height: 512))
        let grey = try Self.resized(TestImages.png(width: 40, height: 20, rgb: nil), width: 40, format: .jpeg, quality: 90, keepMetadata: false)
        #expect(ImageSize(of: try ImageCodec.icon(grey, size: 32)) == ImageSize(width: 32, height: 32), "a grey JPEG, one band without alpha")
    }
}

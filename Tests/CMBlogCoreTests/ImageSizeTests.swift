import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

@Suite("Image sizes")
struct ImageSizeTests {
    @Test("reads PNG, GIF, JPEG, WebP and SVG sizes")
    func formats() {
        #expect(ImageSize(of: TestImages.png(width: 1200, height: 630)) == ImageSize(width: 1200, height: 630))
        #expect(ImageSize(of: Data(Array("GIF89a".utf8) + [0x20, 0x03, 0x58, 0x02, 0, 0])) == ImageSize(width: 800, height: 600))
        // SOI, an APP0 segment of 16 bytes, then a baseline frame of 480 × 640.
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array(repeating: 0, count: 14)
            + [0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03] + Array(repeating: 0, count: 12)
        #expect(ImageSize(of: Data(jpeg)) == ImageSize(width: 640, height: 480))
        let webp = Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBPVP8X".utf8) + [10, 0, 0, 0, 0, 0, 0, 0]
            + [0xAF, 0x04, 0x00, 0x75, 0x02, 0x00] + Array(repeating: 0, count: 4)
        #expect(ImageSize(of: Data(webp)) == ImageSize(width: 1200, height: 630))
        #expect(ImageSize(of: Data(#"<svg xmlns="http://www.w3.org/2000/svg" width="1200px" height="630">"#.utf8)) == ImageSize(width: 1200, height: 630))
        #expect(ImageSize(of: Data(#"<?xml version="1.0"?><svg viewBox="0 0 512 256">"#.utf8)) == ImageSize(width: 512, height: 256))
    }

    @Test("gives nothing for unknown or damaged files")
    func unknown() {
        #expect(ImageSize(of: Data("hello".utf8)) == nil)
        #expect(ImageSize(of: TestImages.png(width: 1200, height: 630).prefix(20)) == nil)
        #expect(ImageSize(of: Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x00, 0, 0, 0, 0, 0, 0])) == nil)
        #expect(ImageSize(of: Data(#"<svg width="100%" height="auto">"#.utf8)) == nil)
        #expect(ImageSize(of: TestImages.png(width: 0, height: 630)) == nil)
    }
}

import CMBlogCore
import CMBlogImages
import CMBlogTestSupport
import Foundation
import Testing

@Suite("Image integrity")
struct ImageIntegrityTests {
    private static func copy(_ format: RasterFormat) throws -> Data {
        let source = TestImages.png(width: 400, height: 300, rgb: [120, 60, 20])
        return try #require(ImageCodec.resized(source, to: [ImageCodec.Copy(width: 400, format: format)], quality: 85, keepMetadata: false).first)
    }

    @Test("whole JPEG, PNG and WebP files pass")
    func whole() throws {
        for format: RasterFormat in [.jpeg, .png, .webp] {
            #expect(ImageIntegrity.damage(in: try Self.copy(format)) == nil, "\(format)")
        }
    }

    @Test("a JPEG cut in the middle of its picture, whose header is whole, is found; so are cut PNG, WebP and empty files")
    func cut() throws {
        let jpeg = try Self.copy(.jpeg)
        #expect(ImageIntegrity.damage(in: jpeg.prefix(jpeg.count - 40)) != nil)
        #expect(try ImageCodec.header(of: jpeg.prefix(jpeg.count - 40)).size.width == 400, "the decoder alone reads its header")
        let png = try Self.copy(.png)
        #expect(ImageIntegrity.damage(in: png.prefix(png.count - 4)) != nil)
        let webp = try Self.copy(.webp)
        #expect(ImageIntegrity.damage(in: webp.prefix(webp.count / 2)) != nil)
        #expect(ImageIntegrity.damage(in: Data()) != nil)
    }

    @Test("a cache file emptied or cut short is made again")
    func cache() throws {
        let folder = try ScratchFolder.make("cmblog-cache")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ImageCache(folder: folder)
        let jpeg = try Self.copy(.jpeg)
        let (url, made) = try cache.file(for: "abcdef", fileExtension: "jpg") { () throws(ImageError) -> Data in jpeg }
        #expect(made)
        #expect(try cache.file(for: "abcdef", fileExtension: "jpg") { () throws(ImageError) -> Data in jpeg }.made == false)
        try Data().write(to: url)
        #expect(try cache.file(for: "abcdef", fileExtension: "jpg") { () throws(ImageError) -> Data in jpeg }.made)
        #expect(try Data(contentsOf: url) == jpeg)
    }
}

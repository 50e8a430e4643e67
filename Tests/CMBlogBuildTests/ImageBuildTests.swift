import CMBlogBuild
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

/// Images through the whole build: copies, completed `<img>` tags, the cache, icons, bad files.
@Suite("Images in the build")
struct ImageBuildTests {
    /// A site with a 2000 × 1000 photo used by a Markdown body and as a cover, a 700 px one
    /// in raw HTML, an SVG and another host's image, and a logo.
    func imageSite(extraSettings: String = "") throws -> URL {
        let site = try InlineFixture("""
            -- cmblog.yml --
            title: Mini
            baseURL: https://mini.example.com/
            logo: /images/logo.png
            \(extraSettings)
            -- authors/ana.yml --
            name: Ana
            -- content/posts/first.md --
            ---
            title: First
            date: 2020-01-01
            author: ana
            ---
            ![A photo](/images/photo.png)

            <p><img src="/images/narrow.png" alt="Narrow"> <img src="https://other.example/x.png" alt=""></p>
            -- content/posts/second.md --
            ---
            title: Second
            date: 2020-01-02
            author: ana
            image: /images/photo.png
            ---
            ![Drawing](/images/drawing.svg)
            -- static/images/drawing.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"></svg>
            """).write()
        let images = site.appending(path: "static/images")
        try TestImages.png(width: 2000, height: 1000).write(to: images.appending(path: "photo.png"))
        try TestImages.png(width: 700, height: 350).write(to: images.appending(path: "narrow.png"))
        try TestImages.png(width: 64, height: 64).write(to: images.appending(path: "logo.png"))
        return site
    }

    @Test("every raster image gets copies, never enlarged; every local <img> is completed; the first loads at once")
    func copiesAndMarkup() async throws {
        let site = try imageSite()
        let output = try temporaryFolder().appending(path: "public")
        let report = try await build(site, into: output)
        let files = try FileTree.read(output).keys
        for name in ["photo-480w.webp", "photo-960w.webp", "photo-1600w.webp", "photo-480w.png", "photo-1600w.png", "narrow-480w.webp", "narrow-700w.webp", "photo.png"] {
            #expect(files.contains("images/" + name), "missing \(name)")
        }
        #expect(!files.contains("images/narrow-960w.webp") && !files.contains("images/drawing-480w.webp"))
        #expect(report.imagesMade == 6 + 4 + 2 + 4, "6 copies of the photo, 4 of the narrow image, 2 of the logo, 4 icons")

        let first = try String(contentsOf: output.appending(path: "2020/01/first/index.html"), encoding: .utf8)
        let sizes = #"sizes="(min-width: 48rem) 48rem, 100vw""#
        #expect(first.contains(#"<picture><source type="image/webp" srcset="/images/photo-480w.webp 480w, /images/photo-960w.webp 960w, /images/photo-1600w.webp 1600w" \#(sizes)><img src="/images/photo.png" alt="A photo" width="2000" height="1000" srcset="/images/photo-480w.png 480w, /images/photo-960w.png 960w, /images/photo-1600w.png 1600w" \#(sizes) /></picture>"#))
        #expect(first.contains(#"<img src="/images/narrow.png" alt="Narrow" width="700" height="350" srcset="/images/narrow-480w.png 480w, /images/narrow-700w.png 700w" \#(sizes) loading="lazy" decoding="async"></picture>"#))
        #expect(first.contains(#"<img src="https://other.example/x.png" alt="">"#))
        #expect(first.contains(#"<link rel="icon" href="/favicon.png" sizes="32x32" type="image/png">"#))
        let second = try String(contentsOf: output.appending(path: "2020/01/second/index.html"), encoding: .utf8)
        #expect(second.contains(#"<img src="/images/drawing.svg" alt="Drawing" width="40" height="20" loading="lazy" decoding="async" />"#))

        let feed = try String(contentsOf: output.appending(path: "feed.xml"), encoding: .utf8)
        #expect(!feed.contains("srcset") && feed.contains("https://mini.example.com/images/photo.png"))
        for (icon, size) in [("favicon.png", 32), ("apple-touch-icon.png", 180), ("icon-192.png", 192), ("icon-512.png", 512)] {
            #expect(ImageSize(of: try Data(contentsOf: output.appending(path: icon))) == ImageSize(width: size, height: size))
        }
        #expect(ImageSize(of: try Data(contentsOf: output.appending(path: "2020/01/first/card.png"))) == GeneratedCard.size)
        #expect(!files.contains("2020/01/second/card.png"), "a post with its own image gets no card")
    }

    @Test("a logo that does not exist is an error at its line of cmblog.yml")
    func missingLogo() async throws {
        let source = try InlineFixture("""
            -- cmblog.yml --
            title: Mini
            baseURL: https://mini.example.com/
            logo: /images/nope.png
            -- authors/ana.yml --
            name: Ana
            """).write()
        let errors = try await buildErrors(source)
        #expect(errors.contains { $0.hasPrefix("cmblog.yml:3:1: error: `logo: /images/nope.png` names") }, "\(errors)")
    }

    @Test("a second build makes nothing: every copy, icon and card comes from the cache")
    func cache() async throws {
        let site = try imageSite()
        let first = try await build(site)
        #expect(first.imagesMade > 0)
        let cache = site.appending(path: ".cmblog/cache/images")
        let before = try FileTree.read(cache)
        let stamps = try Self.modificationDates(in: cache)
        let second = try await build(site)
        #expect(second.imagesMade == 0)
        #expect(try FileTree.read(cache) == before)
        #expect(try Self.modificationDates(in: cache) == stamps, "no file of the cache was written again")
        try FileManager.default.removeItem(at: cache)
        #expect(try await build(site).imagesMade == first.imagesMade, "a deleted cache is filled again")
    }

    private static func modificationDates(in folder: URL) throws -> [String: Date] {
        var dates: [String: Date] = [:]
        for path in try FileTree.read(folder).keys {
            dates[path] = try FileManager.default.attributesOfItem(atPath: folder.appending(path: path).path)[.modificationDate] as? Date
        }
        return dates
    }

    @Test("copies, cards and icons are the same bytes with 1 or 4 workers")
    func workers() async throws {
        let site = try imageSite()
        let cache = site.appending(path: ".cmblog/cache")
        let one = try temporaryFolder().appending(path: "public")
        try await build(site, into: one, jobs: 1)
        try FileManager.default.removeItem(at: cache)
        let four = try temporaryFolder().appending(path: "public")
        try await build(site, into: four, jobs: 4)
        #expect(try FileTree.read(one) == FileTree.read(four))
    }

    @Test("settings choose widths, formats and the cache; images: false and share_cards: false turn them off")
    func settings() async throws {
        let site = try imageSite(extraSettings: "images: { widths: [300], formats: [webp], cache: build-cache/img }")
        let output = try temporaryFolder().appending(path: "public")
        try await build(site, into: output)
        let files = try FileTree.read(output).keys.filter { $0.hasPrefix("images/photo") }.sorted()
        #expect(files == ["images/photo-300w.webp", "images/photo.png"])
        #expect(FileManager.default.fileExists(atPath: site.appending(path: "build-cache/img").path))

        let off = try imageSite(extraSettings: "images: false\nshare_cards: false")
        let plain = try temporaryFolder().appending(path: "public")
        try await build(off, into: plain)
        let keys = try FileTree.read(plain).keys
        #expect(!keys.contains { $0.hasSuffix(".webp") || $0.hasSuffix("card.png") || $0 == "favicon.png" })
        #expect(try String(contentsOf: plain.appending(path: "2020/01/first/index.html"), encoding: .utf8).contains(#"<img src="/images/photo.png" alt="A photo" />"#))
    }

    @Test("a bad setting is an error at its line")
    func badSettings() async throws {
        let errors = try await buildErrors(try imageSite(extraSettings: "images: { widths: [0], formats: [avif], quality: 101, cache: static/c }"))
        #expect(errors == [
            "cmblog.yml:4:19: error: `widths` must be a list of widths in pixels between 16 and 8192, such as [480, 960, 1600]",
            "cmblog.yml:4:33: error: `formats` must list webp, original or both",
            "cmblog.yml:4:50: error: `quality` must be a whole number from 1 to 100",
            "cmblog.yml:4:62: error: `cache` must be a folder of the repository that the build does not read, such as .cmblog/cache/images",
        ], "\(errors)")
    }

    @Test("damaged, unsupported and oversized images are errors naming the page that uses them, or the file", arguments: [
        "truncated JPEG", "PNG with a bad CRC", "text named .jpg", "zero bytes", "decompression bomb",
    ])
    func badImages(_ kind: String) async throws {
        let site = try imageSite()
        let png = TestImages.png(width: 300, height: 200)
        var damaged = png
        damaged[damaged.count - 30] ^= 0xFF
        // A PNG whose header claims 100,000 × 100,000 pixels, with a right CRC.
        let header: [UInt8] = Array("IHDR".utf8) + [0, 1, 0x86, 0xA0, 0, 1, 0x86, 0xA0, 1, 3, 0, 0, 0]
        let crc = CRC32.of(header)
        let bomb = png.prefix(12) + Data(header) + Data([24, 16, 8, 0].map { UInt8(truncatingIfNeeded: crc >> $0) }) + png.dropFirst(33)
        let (name, data): (String, Data) = switch kind {
        case "truncated JPEG": ("photo.jpg", Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + Data("JFIF".utf8) + Data(repeating: 0, count: 12))
        case "PNG with a bad CRC": ("photo.png", damaged)
        case "text named .jpg": ("photo.jpg", Data("<html>not a photo</html>\n".utf8))
        case "zero bytes": ("photo.png", Data())
        default: ("photo.png", bomb)
        }
        try FileManager.default.removeItem(at: site.appending(path: "static/images/photo.png"))
        try data.write(to: site.appending(path: "static/images/" + name))
        for post in ["first", "second"] {
            let path = site.appending(path: "content/posts/\(post).md")
            try Data(try String(contentsOf: path, encoding: .utf8).replacingOccurrences(of: "photo.png", with: name).utf8).write(to: path)
        }
        try data.write(to: site.appending(path: "static/images/unused-" + name))
        let errors = try await buildErrors(site)
        #expect(errors.count == 3, "\(errors)")
        #expect(errors.first?.hasPrefix("content/posts/first.md:6:1: error: static/images/\(name): ") == true, "\(errors)")
        #expect(errors.dropFirst().first?.hasPrefix("content/posts/second.md:5:1: error: static/images/\(name): ") == true, "\(errors)")
        #expect(errors.last?.hasPrefix("static/images/unused-\(name): error: static/images/unused-\(name): ") == true, "\(errors)")
        if kind == "decompression bomb" { #expect(errors.first?.contains("100000 × 100000 pixels, more than the 250000000 `images: max_pixels` allows") == true) }
    }
}

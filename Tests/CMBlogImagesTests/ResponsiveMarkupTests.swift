import CMBlogCore
import CMBlogImages
import Foundation
import Testing

@Suite("Responsive markup")
struct ResponsiveMarkupTests {
    private static func markup(formats: [ImageSettings.Format] = [.webp, .original], base: String = "https://blog.example.com/") -> ResponsiveMarkup {
        var config = SiteConfig(title: "Blog", baseURL: URL(string: base)!)
        config.images.formats = formats
        let photo = ImageSize(width: 1000, height: 500)
        let pictures = [
            Picture(path: "/images/photo.jpg", size: photo, format: .jpeg,
                    variants: VariantPlan.variants(of: "/images/photo.jpg", size: photo, format: .jpeg, settings: config.images), digest: "a"),
            Picture(path: "/images/logo.svg", size: ImageSize(width: 64, height: 32), format: nil, variants: [], digest: "b"),
        ]
        return ResponsiveMarkup(catalog: PictureCatalog(pictures), config: config)
    }

    private static let webp = "/images/photo-480w.webp 480w, /images/photo-960w.webp 960w, /images/photo-1000w.webp 1000w"
    private static let jpeg = "/images/photo-480w.jpg 480w, /images/photo-960w.jpg 960w, /images/photo-1000w.jpg 1000w"
    private static let sizes = "(min-width: 48rem) 48rem, 100vw"

    @Test("the first image loads at once, the next ones lazily; both get a WebP source and their sizes")
    func firstAndNext() {
        let html = #"<p><img src="/images/photo.jpg" alt="A"></p><p><img src="https://blog.example.com/images/photo.jpg" alt="B" /></p>"#
        let expected = #"<p><picture><source type="image/webp" srcset="\#(Self.webp)" sizes="\#(Self.sizes)">"#
            + #"<img src="/images/photo.jpg" alt="A" width="1000" height="500" srcset="\#(Self.jpeg)" sizes="\#(Self.sizes)"></picture></p>"#
            + #"<p><picture><source type="image/webp" srcset="\#(Self.webp)" sizes="\#(Self.sizes)">"#
            + #"<img src="https://blog.example.com/images/photo.jpg" alt="B" width="1000" height="500" srcset="\#(Self.jpeg)" sizes="\#(Self.sizes)" loading="lazy" decoding="async" /></picture></p>"#
        #expect(Self.markup().applied(to: html) == expected)
    }

    @Test("keeps what the template wrote: sizes, dimensions, loading, and a picture of its own")
    func keepsAttributes() {
        let html = #"<img src="/x.png"><picture><img SRC='/images/photo.jpg' sizes="50vw" width=10 loading="eager"></picture>"#
        let expected = #"<img src="/x.png"><picture><img SRC='/images/photo.jpg' sizes="50vw" width=10 loading="eager" srcset="\#(Self.webp)" decoding="async"></picture>"#
        #expect(Self.markup().applied(to: html) == expected)
    }

    @Test("leaves other hosts, comments, scripts and unknown files alone; SVG gets its size only")
    func leavesAlone() {
        let html = #"<img src="https://other.example/images/photo.jpg"><!-- <img src="/images/photo.jpg"> --><script>"<img src='/images/photo.jpg'>"</script><img src="/images/missing.jpg"><img src="/images/logo.svg" alt="">"#
        let expected = #"<img src="https://other.example/images/photo.jpg"><!-- <img src="/images/photo.jpg"> --><script>"<img src='/images/photo.jpg'>"</script><img src="/images/missing.jpg"><img src="/images/logo.svg" alt="" width="64" height="32" loading="lazy" decoding="async">"#
        #expect(Self.markup().applied(to: html) == expected)
    }

    @Test("an image whose tag states its height gets the width that goes with it, copies for that size, and counts as small")
    func statedHeight() {
        let html = #"<img src="/images/photo.jpg" height="40"><img src="/images/photo.jpg">"#
        let result = Self.markup(formats: [.original]).applied(to: html)
        #expect(result.hasPrefix(#"<img src="/images/photo.jpg" height="40" width="80" srcset="\#(Self.jpeg)" sizes="80px">"#))
        #expect(result.hasSuffix(#"srcset="\#(Self.jpeg)" sizes="\#(Self.sizes)">"#), "the first large image after it loads at once")
    }

    @Test("copies of files whose names hold spaces or percent signs are linked as URLs")
    func namesNeedingEscapes() {
        var config = SiteConfig(title: "Blog", baseURL: URL(string: "https://blog.example.com/")!)
        config.images.formats = [.original]
        let size = ImageSize(width: 600, height: 300)
        let path = "/images/a b%20c.jpg"
        let picture = Picture(path: path, size: size, format: .jpeg,
                              variants: VariantPlan.variants(of: path, size: size, format: .jpeg, settings: config.images), digest: "c")
        let markup = ResponsiveMarkup(catalog: PictureCatalog([picture]), config: config)
        let result = markup.applied(to: #"<img src="/images/a%20b%2520c.jpg">"#)
        #expect(result.contains(#"srcset="/images/a%20b%2520c-480w.jpg 480w, /images/a%20b%2520c-600w.jpg 600w""#))
    }

    @Test("a srcset naming only the image itself gives way to the copies; the template's sizes stays")
    func placeholderSrcset() {
        let html = #"<img class="cover" src="/images/photo.jpg" alt="" srcset="/images/photo.jpg 1000w" sizes="18rem">"#
        let expected = #"<picture><source type="image/webp" srcset="\#(Self.webp)" sizes="18rem">"#
            + #"<img class="cover" src="/images/photo.jpg" alt="" sizes="18rem" width="1000" height="500" srcset="\#(Self.jpeg)"></picture>"#
        #expect(Self.markup().applied(to: html) == expected)
        let other = #"<img src="/images/photo.jpg" srcset="/images/photo.jpg 1000w, /images/big.jpg 2000w" sizes="18rem">"#
        #expect(Self.markup().applied(to: other).contains(#"srcset="/images/photo.jpg 1000w, /images/big.jpg 2000w""#))
    }

    @Test("with one format, a srcset on the image itself; under a base path, links keep it")
    func oneFormat() {
        let html = #"<img src="/blog/images/photo.jpg">"#
        let expected = #"<img src="/blog/images/photo.jpg" width="1000" height="500" srcset="\#(Self.webp.replacingOccurrences(of: "/images/", with: "/blog/images/"))" sizes="\#(Self.sizes)">"#
        #expect(Self.markup(formats: [.webp], base: "https://example.com/blog/").applied(to: html) == expected)
    }

    @Test("small images before the first large one load at once too")
    func smallFirst() {
        let html = #"<img src="/images/logo.svg"><img src="/x.svg" width="40"><img src="/images/photo.jpg" sizes="50vw" srcset="a.jpg 1w">"#
        let expected = #"<img src="/images/logo.svg" width="64" height="32"><img src="/x.svg" width="40"><img src="/images/photo.jpg" sizes="50vw" srcset="a.jpg 1w" width="1000" height="500">"#
        #expect(Self.markup().applied(to: html) == expected)
    }

    @Test("a page without images comes back as it was")
    func unchanged() {
        let html = "<p>no <b>images</b> here, only <imgx> and <!-- a comment"
        #expect(Self.markup().applied(to: html) == html)
    }
}

extension ResponsiveMarkup {
    /// The page with its images completed, as text.
    func applied(to html: String) -> String { String(decoding: apply(toBytes: Array(html.utf8)), as: UTF8.self) }
}

import CMBlogCore
import CMBlogImages
import Testing

@Suite("Variant plan")
struct VariantPlanTests {
    @Test("never enlarges: a narrow image gets the narrower widths and its own")
    func widths() {
        let settings = ImageSettings()
        #expect(VariantPlan.widths(forImageWidth: 3000, settings: settings) == [480, 960, 1600])
        #expect(VariantPlan.widths(forImageWidth: 700, settings: settings) == [480, 700])
        #expect(VariantPlan.widths(forImageWidth: 300, settings: settings) == [300])
        #expect(VariantPlan.widths(forImageWidth: 960, settings: settings) == [480, 960])
    }

    @Test("names copies beside the image, suffixed with their width")
    func paths() {
        #expect(VariantPlan.path(of: "/images/photo.jpg", width: 960, format: .webp) == "/images/photo-960w.webp")
        #expect(VariantPlan.path(of: "/a.b/logo.png", width: 480, format: .png) == "/a.b/logo-480w.png")
        let variants = VariantPlan.variants(of: "/p.jpeg", size: ImageSize(width: 1000, height: 500), format: .jpeg, settings: ImageSettings())
        #expect(variants.map(\.path) == ["/p-480w.webp", "/p-960w.webp", "/p-1000w.webp", "/p-480w.jpg", "/p-960w.jpg", "/p-1000w.jpg"])
    }

    @Test("a WebP source gets WebP copies only")
    func webpSource() {
        #expect(VariantPlan.formats(for: .webp, settings: ImageSettings()) == [.webp])
        var settings = ImageSettings()
        settings.formats = [.original]
        #expect(VariantPlan.formats(for: .png, settings: settings) == [.png])
    }
}

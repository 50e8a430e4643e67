import CMBlogCore
import Foundation

/// The sizes of the images a site names in its settings and front matter, read from `static/`,
/// so share cards can state them (`og:image:width`) without a crawler fetching the file.
public struct ImageCatalog: Sendable, Hashable, Codable {
    private var sizes: [String: ImageSize]

    public init(sizes: [String: ImageSize] = [:]) { self.sizes = sizes }

    /// Measures the site's default image, logo and every entry's cover image found in `static/`.
    /// Images elsewhere (full URLs to other hosts) stay unknown.
    /// - Parameter cache: Sizes measured by earlier builds, reused for images that did not change.
    public static func measure(_ site: Site, in fileSystem: any FileSystem, cache: ParseCache? = nil) -> ImageCatalog {
        let config = site.config
        let links = [config.image, config.logo].compactMap { $0 } + (site.posts + site.pages).compactMap(\.entry.image)
        var sizes: [String: ImageSize] = [:]
        for link in Set(links) {
            guard let path = staticPath(of: link, config: config) else { continue }
            let read = { (try? fileSystem.contents(of: path)).flatMap { ImageSize(of: $0) } }
            sizes[link] = cache.map { $0.value(for: path, stamps: ParseCache.stamps(of: path, in: fileSystem), parse: read) } ?? read()
        }
        return ImageCatalog(sizes: sizes)
    }

    /// The size of the image named `link`, as written in content.
    public func size(of link: String) -> ImageSize? { sizes[link] }

    /// Where a link to one of the site's own files lives in the repository (`static/…`).
    public static func staticPath(of link: String, config: SiteConfig) -> String? { config.staticPath(of: link) }
}

import CMBlogCore
import Foundation

/// One image of the site as pages show it: its URL, its size, and the resized copies made of it.
public struct Picture: Sendable, Hashable, Codable {
    /// One resized copy.
    public struct Variant: Sendable, Hashable, Codable {
        /// Its URL path, such as `/images/photo-960w.webp`.
        public let path: String
        public let width: Int
        public let format: RasterFormat
    }

    /// The URL path of the image itself, such as `/images/photo.jpg`.
    public let path: String
    /// The size it is shown at.
    public let size: ImageSize
    /// Its format; nil for SVG, which is never resized.
    public let format: RasterFormat?
    /// Its copies, by format then width.
    public let variants: [Variant]
    /// The SHA-256 of the file: two catalogs are equal only when their images are.
    public let digest: String

    public init(path: String, size: ImageSize, format: RasterFormat?, variants: [Variant], digest: String) {
        self.path = path
        self.size = size
        self.format = format
        self.variants = variants
        self.digest = digest
    }

    /// The copies of the image in one format, narrowest first.
    public func variants(in format: RasterFormat) -> [Variant] { variants.filter { $0.format == format } }
}

/// The images of a site, by URL path.
public struct PictureCatalog: Sendable, Hashable, Codable {
    private let pictures: [String: Picture]

    public init(_ pictures: [Picture] = []) {
        self.pictures = Dictionary(pictures.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The image at a URL path (percent-encoded as links write it, or not).
    public func picture(at path: String) -> Picture? { pictures[path] ?? path.removingPercentEncoding.flatMap { pictures[$0] } }

    public var isEmpty: Bool { pictures.isEmpty }
}

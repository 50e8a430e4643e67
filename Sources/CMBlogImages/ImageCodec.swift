import CMBlogCore
import CVips
import Foundation

/// What libvips is asked to do: read a header, make a resized copy, an icon, or a PNG of an
/// SVG document. Every call goes through `VipsGate`; every failure is an `ImageError`.
public enum ImageCodec {
    /// What a header says of an image.
    public struct Header: Sendable, Hashable {
        /// The size the image is shown at (its EXIF orientation applied).
        public let size: ImageSize
        /// Whether it has several frames (an animated GIF or WebP): copies would keep only the first.
        public var isAnimated = false
    }

    /// Reads only the header of an image in memory.
    /// - Throws: `ImageError` when the format is unknown or the header damaged.
    public static func header(of data: Data) throws(ImageError) -> Header {
        try VipsGate.run { () throws(ImageError) -> Header in
            let image = data.withUnsafeBytes { cvips_header($0.baseAddress, $0.count) }
            guard let image else { throw VipsGate.lastError("not an image this build can read") }
            defer { g_object_unref(image) }
            var width = Int(vips_image_get_width(image)), height = Int(vips_image_get_height(image))
            var orientation: Int32 = 1
            if vips_image_get_typeof(image, "orientation") != 0, vips_image_get_int(image, "orientation", &orientation) == 0,
               (5...8).contains(orientation) {
                swap(&width, &height)
            }
            var header = Header(size: ImageSize(width: width, height: height))
            header.isAnimated = vips_image_get_n_pages(image) > 1
            return header
        }
    }

    /// One copy to make: how wide, in which format.
    public struct Copy: Sendable, Hashable {
        public let width: Int
        public let format: RasterFormat

        public init(width: Int, format: RasterFormat) {
            self.width = width
            self.format = format
        }
    }

    /// Copies of an image, upright, never wider than the source, their metadata stripped
    /// unless `keepMetadata`. The source is decoded once, with shrink-on-load, to the widest
    /// copy; the narrower ones are made from that.
    /// - Returns: The bytes of each copy, in the order asked.
    /// - Throws: `ImageError` when the data is damaged or cannot be encoded.
    public static func resized(_ data: Data, to copies: [Copy], quality: Int, keepMetadata: Bool) throws(ImageError) -> [Data] {
        guard let widest = copies.map(\.width).max() else { return [] }
        if let damage = ImageIntegrity.damage(in: data) { throw ImageError(message: "cannot decode the image: \(damage)") }
        return try VipsGate.run { () throws(ImageError) -> [Data] in
            let source = try thumbnail(data, width: widest)
            defer { g_object_unref(source) }
            guard let decoded = vips_image_copy_memory(source) else { throw VipsGate.lastError("cannot decode the image") }
            defer { g_object_unref(decoded) }
            var results: [Data] = []
            for copy in copies {
                guard copy.width < Int(vips_image_get_width(decoded)) else {
                    results.append(try encode(decoded, format: copy.format, quality: quality, keepMetadata: keepMetadata))
                    continue
                }
                var shrunk: UnsafeMutablePointer<VipsImage>?
                guard cvips_shrink(decoded, Int32(copy.width), &shrunk) == 0, let shrunk else { throw VipsGate.lastError("cannot resize the image") }
                defer { g_object_unref(shrunk) }
                results.append(try encode(shrunk, format: copy.format, quality: quality, keepMetadata: keepMetadata))
            }
            return results
        }
    }

    /// A square PNG icon `size` pixels wide, the image fitted whole in it.
    public static func icon(_ data: Data, size: Int) throws(ImageError) -> Data {
        try VipsGate.run { () throws(ImageError) -> Data in
            let image = try thumbnail(data, width: size, height: size, enlarge: true)
            defer { g_object_unref(image) }
            var square: UnsafeMutablePointer<VipsImage>?
            guard cvips_square(image, Int32(size), &square) == 0, let square else { throw VipsGate.lastError("cannot make an icon") }
            defer { g_object_unref(square) }
            return try encode(square, format: .png, quality: 100, keepMetadata: false)
        }
    }

    /// An SVG document rasterized at its own size, as a PNG.
    public static func png(ofSVG svg: Data) throws(ImageError) -> Data {
        try VipsGate.run { () throws(ImageError) -> Data in
            var image: UnsafeMutablePointer<VipsImage>?
            let status = svg.withUnsafeBytes { cvips_svg($0.baseAddress, $0.count, &image) }
            guard status == 0, let image else { throw VipsGate.lastError("cannot draw the SVG") }
            defer { g_object_unref(image) }
            return try encode(image, format: .png, quality: 100, keepMetadata: false)
        }
    }

    /// The width in pixels of one line of `text` in a Pango font description such as
    /// `DejaVu Sans Bold 56` (points are pixels).
    public static func textWidth(_ text: String, font: String) throws(ImageError) -> Int {
        try VipsGate.run { () throws(ImageError) -> Int in
            var width: Int32 = 0
            let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            guard cvips_text_width(escaped, font, &width) == 0 else { throw VipsGate.lastError("cannot measure text") }
            return Int(width)
        }
    }

    private static func thumbnail(_ data: Data, width: Int, height: Int? = nil, enlarge: Bool = false) throws(ImageError) -> UnsafeMutablePointer<VipsImage> {
        var image: UnsafeMutablePointer<VipsImage>?
        let status = data.withUnsafeBytes { cvips_thumbnail($0.baseAddress, $0.count, Int32(width), Int32(height ?? Int(VIPS_MAX_COORD)), enlarge ? 1 : 0, &image) }
        guard status == 0, let image else { throw VipsGate.lastError("cannot decode the image") }
        return image
    }

    private static func encode(_ image: UnsafeMutablePointer<VipsImage>, format: RasterFormat, quality: Int, keepMetadata: Bool) throws(ImageError) -> Data {
        var buffer: UnsafeMutableRawPointer?
        var length = 0
        let keep: Int32 = keepMetadata ? 1 : 0
        let status = switch format {
        case .webp: cvips_webp(image, Int32(quality), keep, &buffer, &length)
        case .jpeg: cvips_jpeg(image, Int32(quality), keep, &buffer, &length)
        case .png: cvips_png(image, keep, &buffer, &length)
        case .gif: cvips_gif(image, keep, &buffer, &length)
        }
        guard status == 0, let buffer else { throw VipsGate.lastError("cannot encode \(format.rawValue)") }
        defer { g_free(buffer) }
        return Data(bytes: buffer, count: length)
    }
}

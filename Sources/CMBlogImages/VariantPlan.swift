import CMBlogCore

/// Which copies of an image the settings ask for, and where they are published: beside the
/// image, its name suffixed with the width (`photo.jpg` → `photo-960w.webp`, `photo-960w.jpg`).
public enum VariantPlan {
    /// The widths to make for an image `width` pixels wide: the configured widths narrower
    /// than it, plus its own width when a configured one was wider (never enlarged).
    public static func widths(forImageWidth width: Int, settings: ImageSettings) -> [Int] {
        let narrower = settings.widths.filter { $0 < width }
        return settings.widths.contains(where: { $0 >= width }) ? narrower + [width] : narrower
    }

    /// The formats copies of a `source` image are made in: WebP and/or its own.
    public static func formats(for source: RasterFormat, settings: ImageSettings) -> [RasterFormat] {
        var formats: [RasterFormat] = []
        for format in settings.formats {
            let made: RasterFormat = format == .webp ? .webp : source
            if !formats.contains(made) { formats.append(made) }
        }
        return formats
    }

    /// The URL path of one copy of the image at `path` (`/images/photo.jpg`).
    public static func path(of path: String, width: Int, format: RasterFormat) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let name = path[slash...]
        let stem = name.lastIndex(of: ".").map { name[..<$0] } ?? name
        return path[..<slash] + stem + "-\(width)w." + format.fileExtension
    }

    /// Every copy of an image: by format, then narrowest first.
    public static func variants(of path: String, size: ImageSize, format: RasterFormat, settings: ImageSettings) -> [Picture.Variant] {
        guard settings.enabled else { return [] }
        let widths = widths(forImageWidth: size.width, settings: settings)
        return formats(for: format, settings: settings).flatMap { made in
            widths.map { Picture.Variant(path: Self.path(of: path, width: $0, format: made), width: $0, format: made) }
        }
    }
}

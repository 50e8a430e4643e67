/// What the build makes of the site's images (`images:` in `cmblog.yml`): resized variants,
/// the markup that offers them, and the limits that keep a build safe.
public struct ImageSettings: Sendable, Hashable {
    /// A format variants are written in.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        /// WebP, which every current browser shows.
        case webp
        /// The format of the source image (PNG, JPEG or GIF).
        case original
    }

    /// Whether variants are made and `<img>` tags completed (`images: false` turns both off).
    public var enabled = true
    /// The widths of the variants, in pixels; none wider than the source is made.
    public var widths = [480, 960, 1600]
    /// The formats of the variants.
    public var formats: [Format] = [.webp, .original]
    /// The encoder quality of JPEG and WebP variants (1–100).
    public var quality = 82
    /// The `sizes` attribute written where a template wrote none.
    public var sizes = "(min-width: 48rem) 48rem, 100vw"
    /// Images with more pixels than this are refused rather than decoded.
    public var maxPixels = 250_000_000
    /// Whether variants keep the source's metadata (EXIF, GPS, XMP); stripped by default.
    public var keepMetadata = false
    /// The cache of processed images, relative to the repository (`cache:`).
    public var cacheFolder = ".cmblog/cache/images"

    public init() {}
}

/// Share cards generated for posts and pages that have no `image:` (`share_cards:`).
public struct ShareCardSettings: Sendable, Hashable {
    /// Whether cards are generated (`share_cards: false` turns them off).
    public var enabled = true
    /// The theme template the card is drawn from, without `.mustache`.
    public var template = "share-card.svg"

    public init() {}
}

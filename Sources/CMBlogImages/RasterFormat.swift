/// A raster format the build reads and writes.
public enum RasterFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case png, jpeg, webp, gif

    /// The format a file's extension names; nil for SVG and anything else.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "png": self = .png
        case "jpg", "jpeg": self = .jpeg
        case "webp": self = .webp
        case "gif": self = .gif
        default: return nil
        }
    }

    /// The extension its files are given.
    public var fileExtension: String { self == .jpeg ? "jpg" : rawValue }

    /// Its media type, as `<source type>` states it.
    public var mediaType: String { "image/" + rawValue }
}

/// Media types of the images feeds point to, from the file extension.
enum MediaType {
    static func ofImage(_ url: String) -> String {
        let path = url.split(separator: "?").first.map(String.init) ?? url
        switch path.split(separator: ".").last?.lowercased() {
        case "png": return "image/png"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "avif": return "image/avif"
        case "svg": return "image/svg+xml"
        default: return "image/jpeg"
        }
    }
}

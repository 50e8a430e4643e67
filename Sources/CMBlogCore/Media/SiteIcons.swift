/// The icons derived from the site's `logo:`: a favicon, an Apple touch icon and the two sizes
/// a web app manifest names, all PNG, at the root of the site.
public enum SiteIcons {
    /// One icon file.
    public struct Icon: Sendable, Hashable {
        /// Its URL path, such as `/favicon.png`.
        public let path: SitePath
        /// Its width and height.
        public let size: Int
        /// The `rel` of the `<link>` naming it; nil for those only the manifest names.
        public let rel: String?
    }

    public static let icons = [
        Icon(path: SitePath.root.appending(file: "favicon.png"), size: 32, rel: "icon"),
        Icon(path: SitePath.root.appending(file: "apple-touch-icon.png"), size: 180, rel: "apple-touch-icon"),
        Icon(path: SitePath.root.appending(file: "icon-192.png"), size: 192, rel: nil),
        Icon(path: SitePath.root.appending(file: "icon-512.png"), size: 512, rel: nil),
    ]

    /// The web app manifest naming the two larger icons.
    public static let manifestPath = SitePath.root.appending(file: "site.webmanifest")

    /// The repository file (`static/…`) icons are made from: the `logo:`, when it is one of
    /// the site's own images; nil when the site has none.
    public static func source(in config: SiteConfig) -> String? {
        guard config.images.enabled, let logo = config.logo, ImageSize.mediaType(ofFile: logo) != nil, !logo.hasPrefix("data:") else { return nil }
        return config.staticPath(of: logo)
    }

    /// The manifest's JSON text; icon addresses are relative to it, so a site under a path works.
    public static func manifest(name: String, themeColor: String?) -> String {
        let icons = icons.filter { $0.rel == nil }.map { icon in
            "    {\"src\": \"\(icon.path.value.dropFirst())\", \"sizes\": \"\(icon.size)x\(icon.size)\", \"type\": \"image/png\"}"
        }
        let color = themeColor.map { ",\n  \"theme_color\": \"\(JSONString.escape($0))\"" } ?? ""
        return "{\n  \"name\": \"\(JSONString.escape(name))\",\n  \"icons\": [\n\(icons.joined(separator: ",\n"))\n  ]\(color)\n}\n"
    }
}

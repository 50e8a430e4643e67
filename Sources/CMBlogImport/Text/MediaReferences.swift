import Foundation

/// The media files a body links to in a WordPress uploads folder.
enum MediaReferences {
    /// Every `src`/`href` address under `/wp-content/uploads/`.
    static func uploads(in html: String) -> Set<String> {
        var found: Set<String> = []
        for attribute in ["src=\"", "href=\"", "src='", "href='"] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                let quote = attribute.last!
                let value = rest[start.upperBound...].prefix { $0 != quote }
                if value.contains("/wp-content/uploads/") { found.insert(String(value)) }
                rest = rest[start.upperBound...]
            }
        }
        return found
    }

    /// `html` with links to the uploads of the old site's own host (`siteURL`, by `http` or
    /// `https`) made root-relative, so the files copied into `static/` are found wherever the
    /// site is served, in preview too.
    static func rootRelativeUploads(in html: String, siteURL: String) -> String {
        guard let host = URLComponents(string: siteURL)?.host, !host.isEmpty else { return html }
        var text = html
        for scheme in ["https://", "http://"] {
            for quote in ["\"", "'"] {
                text = text.replacingOccurrences(of: "=\(quote)\(scheme)\(host)/wp-content/uploads/", with: "=\(quote)/wp-content/uploads/")
            }
        }
        return text
    }

    /// `url` made root-relative when it is a file of the old site's own uploads.
    static func rootRelativeUpload(_ url: String, siteURL: String) -> String {
        guard let host = URLComponents(string: siteURL)?.host, !host.isEmpty else { return url }
        for scheme in ["https://", "http://"] where url.hasPrefix("\(scheme)\(host)/wp-content/uploads/") {
            return String(url.dropFirst(scheme.count + host.count))
        }
        return url
    }
}

import CMBlogCore
import Foundation

/// Where a URL found in the site leads: a file of the site (with a fragment), an address
/// elsewhere, or nothing to check (`mailto:`, `tel:`, `data:`, …).
public enum LinkTarget: Sendable, Equatable {
    /// A path of the site below its base path (`2024/05/launch/`), percent-decoded, and the
    /// fragment, if any.
    case site(path: String, fragment: String?)
    /// An http(s) address of another site.
    case external(String)
    case ignored

    /// Resolves `url`, found in the page at output path `page` (`2024/05/launch/index.html`).
    public static func resolve(_ url: String, from page: String, config: SiteConfig) -> LinkTarget {
        let basePath = config.basePath
        var url = url.trimmingCharacters(in: .whitespaces)
        if url.isEmpty { return .site(path: page, fragment: nil) }
        if url.hasPrefix("//") { url = (config.baseURL.scheme ?? "https") + ":" + url }
        if let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/"), !url[..<colon].contains("#"), !url[..<colon].contains("?") {
            let scheme = url[..<colon].lowercased()
            guard scheme == "http" || scheme == "https" else { return .ignored }
            guard let parsed = URL(string: url), let host = parsed.host(), host.lowercased() == config.baseURL.host()?.lowercased(),
                  parsed.port == config.baseURL.port
            else { return .external(url) }
            let afterHost = url[url.index(colon, offsetBy: 3)...].drop { $0 != "/" }
            url = afterHost.isEmpty ? "/" : String(afterHost)
            guard url.hasPrefix(basePath) || url + "/" == basePath else { return .ignored }
        }
        var fragment: String?
        if let mark = url.firstIndex(of: "#") {
            fragment = String(url[url.index(after: mark)...]).removingPercentEncoding ?? String(url[url.index(after: mark)...])
            url = String(url[..<mark])
        }
        if let mark = url.firstIndex(of: "?") { url = String(url[..<mark]) }
        let decoded = url.contains("%") ? (url.removingPercentEncoding ?? url) : url
        let absolute: String
        if decoded.isEmpty {
            return .site(path: page, fragment: fragment)
        } else if decoded.hasPrefix("/") {
            // Another application of the same host: not the site's to check.
            guard decoded.hasPrefix(basePath) || decoded + "/" == basePath else { return .ignored }
            absolute = String(decoded.dropFirst(min(basePath.count, decoded.count)))
        } else {
            let folder = page.contains("/") ? String(page[...page.lastIndex(of: "/")!]) : ""
            absolute = folder + decoded
        }
        return .site(path: normalized(absolute), fragment: fragment)
    }

    /// `a/./b/../c/` gives `a/c/`; a path climbing above the site keeps a leading `../`.
    static func normalized(_ path: String) -> String {
        guard path.contains("./") || path.hasSuffix("/.") || path.hasSuffix("/..") else { return path }
        var parts: [Substring] = []
        var above = 0
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            switch segment {
            case ".": if index == segments.count - 1 { parts.append("") }
            case "..":
                if parts.isEmpty { above += 1 } else { parts.removeLast() }
                if index == segments.count - 1 { parts.append("") }
            default: parts.append(segment)
            }
        }
        return String(repeating: "../", count: above) + parts.joined(separator: "/")
    }

    /// The output file a site path is served from, if the site has it: the file itself, or the
    /// `index.html` of the folder.
    public static func file(for path: String, in files: Set<String>) -> String? {
        if path.hasPrefix("../") { return nil }
        if path.isEmpty || path.hasSuffix("/") { return files.contains(path + "index.html") ? path + "index.html" : nil }
        if files.contains(path) { return path }
        return files.contains(path + "/index.html") ? path + "/index.html" : nil
    }
}

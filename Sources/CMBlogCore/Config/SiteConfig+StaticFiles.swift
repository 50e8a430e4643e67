import Foundation

extension SiteConfig {
    /// Where a link to one of the site's own files lives in the repository (`static/…`);
    /// nil for other hosts' files.
    public func staticPath(of link: String) -> String? {
        let absolute = absoluteURL(ofFile: link)
        let root = absoluteURL(of: .root)
        guard absolute.hasPrefix(root) else { return nil }
        let relative = absolute.dropFirst(root.count).prefix(while: { $0 != "?" && $0 != "#" })
        guard !relative.isEmpty, !relative.split(separator: "/").contains("..") else { return nil }
        return "static/" + (relative.removingPercentEncoding ?? String(relative))
    }
}

import Foundation
import CMBlogCore

/// A built site with every HTML page read: what the checks that look across pages (links and
/// their fragments, translations) need.
public struct ScannedSite: Sendable {
    public let site: CheckedSite
    /// Every HTML page, by output path.
    public let pages: [String: HTMLPage]
    let locator: Locator

    /// Reads every HTML page of `site`, `width` at a time.
    public static func scan(_ site: CheckedSite, width: Int) async -> ScannedSite {
        let html = site.files.filter { $0.hasSuffix(".html") }
        let scanned = await html.concurrentMap(width: width) { path in site.bytes(of: path).map(HTMLPage.init(bytes:)) }
        var pages: [String: HTMLPage] = [:]
        for (path, page) in zip(html, scanned) { pages[path] = page }
        return ScannedSite(site: site, pages: pages, locator: Locator(site: site))
    }

    /// A finding about the output file `file`, placed by `Locator`.
    func finding(_ rule: String, _ severity: Diagnostic.Severity, file: String, offset: Int?, needle: String?, _ message: String) -> Finding {
        Finding(rule, severity, at: locator.location(file: file, offset: offset, needle: needle), message)
    }

    /// The site path a page is served at (`2024/05/launch/` for `2024/05/launch/index.html`).
    static func sitePath(of file: String) -> String {
        file == "index.html" ? "" : file.hasSuffix("/index.html") ? String(file.dropLast("index.html".count)) : file
    }

    /// The absolute URL of an output file.
    func absoluteURL(of file: String) -> String {
        site.config.baseURL.absoluteString.hasSuffix("/")
            ? site.config.baseURL.absoluteString + Self.sitePath(of: file)
            : site.config.baseURL.absoluteString + "/" + Self.sitePath(of: file)
    }
}

import Foundation
import CMBlogCore

/// The internal links of the site: every URL a page names leads to a file of the site, and
/// its `#fragment` to an id of that page (heading anchors, comments, footnotes); the same for
/// the links of feeds and the sitemap and the targets of the redirect rules. External links are
/// gathered for `ExternalLinks`.
enum LinkChecks {
    /// A link to another site, and where it was found.
    struct External: Sendable {
        let url: String
        let file: String
        let offset: Int?
    }

    /// The findings for the links of one page, and its external links.
    static func findings(_ file: String, _ page: HTMLPage, in scanned: ScannedSite) -> ([Finding], [External]) {
        var findings: [Finding] = []
        var externals: [External] = []
        for link in page.links {
            switch LinkTarget.resolve(link.url, from: file, config: scanned.site.config) {
            case .ignored: continue
            case .external(let url):
                // Share links open a network's form with the page's text: nothing to check.
                if link.source != HTMLPage.shareLink { externals.append(External(url: url, file: file, offset: link.offset)) }
            case .site(let path, let fragment):
                if let problem = problem(path: path, fragment: fragment, url: link.url, in: scanned) {
                    findings.append(scanned.finding(problem.rule, .error, file: file, offset: link.offset, needle: link.url, problem.message))
                }
            }
        }
        return (findings, externals)
    }

    /// Why a link to a site path fails, if it does. The message names the target, not the
    /// link as written, so the same broken link in a post, its feeds and the lists showing its
    /// excerpt says the same thing (see `SiteCheck.attributed`).
    static func problem(path: String, fragment: String?, url: String, in scanned: ScannedSite) -> (rule: String, message: String)? {
        guard let target = LinkTarget.file(for: path, in: scanned.site.fileSet) else {
            return ("links.broken", "the link to /\(path) leads nowhere: the site has no such page or file")
        }
        guard let fragment, !fragment.isEmpty, fragment != "top", let page = scanned.pages[target], !page.ids.contains(fragment) else { return nil }
        return ("links.fragment", "the link to /\(ScannedSite.sitePath(of: target))#\(fragment) leads to no element of that page with the id `\(fragment)`")
    }

    /// The links of the files that are not pages: the sitemap's `<loc>`, the feeds' links, and
    /// the targets of `_redirects` and `.htaccess`.
    static func fileFindings(in scanned: ScannedSite, width: Int) async -> [Finding] {
        let files = scanned.site.files.filter { $0.hasSuffix(".xml") || $0 == "_redirects" || $0 == ".htaccess" }
        return await files.concurrentMap(width: width) { file -> [Finding] in
            guard let bytes = scanned.site.bytes(of: file) else { return [] }
            let urls = file.hasSuffix(".xml") ? XMLLinks.urls(in: bytes) : RedirectTargets.urls(in: bytes, apache: file == ".htaccess")
            return urls.compactMap { url, offset in
                guard case .site(let path, let fragment) = LinkTarget.resolve(url, from: "index.html", config: scanned.site.config),
                      let problem = problem(path: path, fragment: fragment, url: url, in: scanned)
                else { return nil }
                return Finding(problem.rule, .error, at: scanned.locator.outputLocation(file: file, offset: offset), problem.message)
            }
        }.flatMap { $0 }
    }

    /// Output files whose paths differ only in case: one hides the other on case-insensitive
    /// hosts and file systems.
    static func collisions(in site: CheckedSite, locator: Locator) -> [Finding] {
        var seen: [String: String] = [:]
        var findings: [Finding] = []
        for file in site.files {
            let key = file.lowercased()
            if let other = seen[key] {
                findings.append(Finding("links.collision", .error, at: locator.location(file: file, offset: nil, needle: nil),
                                        "/\(file) and /\(other) differ only in case: one hides the other on case-insensitive hosts"))
            } else {
                seen[key] = file
            }
        }
        return findings
    }
}

/// The URLs of an XML file (sitemap, Atom, RSS): `href` attributes, and the text of `<loc>`,
/// `<link>` and `<comments>` elements, with their byte offsets.
enum XMLLinks {
    static func urls(in bytes: [UInt8]) -> [(String, Int)] {
        var urls: [(String, Int)] = []
        var textOf: (String, Int)?
        HTMLTokenizer(bytes).forEach { token in
            switch token {
            case .start(let name, let attributes, _, let offset):
                for attribute in attributes where attribute.name == "href" { urls.append((attribute.value, offset)) }
                textOf = ["loc", "link", "comments"].contains(name) ? (name, offset) : nil
            case .text(let range):
                if let (_, offset) = textOf {
                    let text = HTMLTokenizer.decode(bytes[range]).trimmingCharacters(in: .whitespacesAndNewlines)
                    if !text.isEmpty { urls.append((text, offset)) }
                }
                textOf = nil
            case .end:
                textOf = nil
            }
        }
        return urls
    }
}

/// The targets of redirect rules: `_redirects` (`/old /new 301`) and `.htaccess`
/// (`RewriteRule ^old$ /new [R=301,L]`, `ErrorDocument 404 /404.html`).
enum RedirectTargets {
    static func urls(in bytes: [UInt8], apache: Bool) -> [(String, Int)] {
        var urls: [(String, Int)] = []
        var offset = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            defer { offset += line.count + 1 }
            let fields = String(decoding: line, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let first = fields.first, !first.hasPrefix("#") else { continue }
            let target: String?
            if apache {
                target = switch first {
                case "RewriteRule" where fields.count >= 3: fields[2].hasSuffix("?") ? String(fields[2].dropLast()) : fields[2]
                case "ErrorDocument" where fields.count >= 3: fields[2]
                default: nil
                }
            } else if fields.count >= 2 {
                target = Int(fields.last!) != nil && fields.count >= 3 ? fields[fields.count - 2] : fields.last
            } else {
                target = nil
            }
            if let target { urls.append((target, offset)) }
        }
        return urls
    }
}

import CMBlogCore
import Foundation

/// Server-side redirect rules for old URLs, for hosts that read them: `_redirects` (Netlify,
/// Cloudflare Pages) and `.htaccess` (Apache). Old URLs with a query string (`/?p=74`) are
/// matched on it: Netlify and Apache honour such rules; Cloudflare Pages and GitHub Pages do not.
enum RedirectRules {
    struct Rule: Equatable {
        let from: SitePath
        let to: SitePath
    }

    static func netlify(_ rules: [Rule], config: SiteConfig) -> String {
        var lines = ["# Old URLs, written by cmblog from `aliases:` in front matter and redirects.yml."]
        for rule in rules {
            let (path, query) = split(rule.from)
            let target = config.link(to: rule.to)
            if let query {
                lines.append("\(config.link(to: path))  \(query.replacingOccurrences(of: "&", with: "  "))  \(target)  301")
            } else {
                lines.append("\(config.link(to: path))  \(target)  301")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func apache(_ rules: [Rule], config: SiteConfig) -> String {
        var lines = ["# Old URLs, written by cmblog from `aliases:` in front matter and redirects.yml.", "RewriteEngine On"]
        for rule in rules {
            let (path, query) = split(rule.from)
            // Apache matches per-folder rules against the path below the folder holding
            // .htaccess, which is the site's root: the base path is not part of it.
            let pattern = "^" + escapeRegex(String(path.value.dropFirst())) + "$"
            if let query {
                lines.append("RewriteCond %{QUERY_STRING} ^\(escapeRegex(query))$")
                lines.append("RewriteRule \(pattern) \(config.link(to: rule.to))? [R=301,L]")
            } else {
                // Without NE, Apache escapes the `#` of a fragment to %23 and the target is lost.
                let flags = rule.to.value.contains("#") ? "R=301,L,NE" : "R=301,L"
                lines.append("RewriteRule \(pattern) \(config.link(to: rule.to)) [\(flags)]")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `/index.php?p=74` gives (`/index.php`, `p=74`).
    static func split(_ path: SitePath) -> (SitePath, String?) {
        guard let mark = path.value.firstIndex(of: "?") else { return (path, nil) }
        let base = (try? SitePath(validating: String(path.value[..<mark]))) ?? .root
        var query = String(path.value[path.value.index(after: mark)...])
        if query.hasSuffix("/") { query.removeLast() }
        return (base, query)
    }

    /// The 404 page of each language that lives under a prefix, for requests under it, after
    /// the redirects: `/en/*  /en/404.html  404` for Netlify.
    static func netlifyNotFound(_ config: SiteConfig) -> String {
        let lines = prefixedLanguages(config).map { prefix in
            "\(config.link(to: prefix))*  \(config.link(to: prefix.appending(file: "404.html")))  404"
        }
        return lines.isEmpty ? "" : "# The 404 page of each language.\n" + lines.joined(separator: "\n") + "\n"
    }

    /// The same for Apache: an `ErrorDocument` for requests under each prefix.
    static func apacheNotFound(_ config: SiteConfig) -> String {
        let lines = prefixedLanguages(config).map { prefix in
            "<If \"%{REQUEST_URI} =~ m#^\(escapeRegex(config.link(to: prefix)))#\">\n"
                + "ErrorDocument 404 \(config.link(to: prefix.appending(file: "404.html")))\n</If>"
        }
        return lines.isEmpty ? "" : "# The 404 page of each language.\n" + lines.joined(separator: "\n") + "\n"
    }

    /// The prefixes of the languages that do not live at the root.
    private static func prefixedLanguages(_ config: SiteConfig) -> [SitePath] {
        config.siteLanguages.map(config.prefix(of:)).filter { $0 != .root }
    }

    private static func escapeRegex(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if ".^$*+?()[]{}|\\".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}

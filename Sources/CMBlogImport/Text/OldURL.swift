import Foundation

/// A URL of the previous platform, as the new site must keep answering it.
struct OldURL {
    /// Its path, percent-decoded, with repeated slashes made one (`/2012/03/14/slug/`); empty
    /// when the URL cannot be read.
    let path: String
    /// Its query (`p=12`), nil when it has none.
    let query: String?

    init(_ link: String) {
        guard let components = URLComponents(string: link) else {
            (path, query) = ("", nil)
            return
        }
        let encoded = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        var decoded = encoded.removingPercentEncoding ?? encoded
        while decoded.contains("//") { decoded = decoded.replacingOccurrences(of: "//", with: "/") }
        path = decoded
        query = components.percentEncodedQuery?.nonEmpty
    }

    /// An old URL made of a decoded `path` and a `query`.
    init(path: String, query: String? = nil) {
        (self.path, self.query) = (path, query)
    }

    /// The address of its feed on WordPress: `feed/` below it.
    var feed: OldURL {
        OldURL(path: (path.hasSuffix("/") ? path : path + "/") + "feed/")
    }

    /// The path and query, as a report shows it.
    var text: String { path + (query.map { "?" + $0 } ?? "") }

    /// Whether it had a query (`?p=12`).
    var hasQuery: Bool { query != nil }

    /// The path below `base` (the old site's own path, for a blog installed in a folder):
    /// `/blog/2012/slug/` below `/blog/` is `/2012/slug/`, with the query kept.
    func relative(to base: String) -> String {
        let folder = base.hasSuffix("/") ? String(base.dropLast()) : base
        let below = !folder.isEmpty && (path == folder || path.hasPrefix(folder + "/")) ? String(path.dropFirst(folder.count)) : path
        return (below.isEmpty ? "/" : below) + (query.map { "?" + $0 } ?? "")
    }

    /// Whether `other` is the same path, a trailing `/` aside.
    func isSamePath(as other: String) -> Bool {
        func trimmed(_ path: String) -> Substring { path.hasSuffix("/") ? path.dropLast() : path[...] }
        return trimmed(path) == trimmed(other)
    }
}

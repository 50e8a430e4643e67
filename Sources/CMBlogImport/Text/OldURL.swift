import Foundation

/// A URL of the previous platform, as the new site must keep answering it.
struct OldURL {
    /// Its path, percent-decoded (`/2012/03/14/slug/`); empty when the URL cannot be read.
    let path: String
    /// Whether it had a query (`?p=12`), which no static host can redirect.
    let hasQuery: Bool

    init(_ link: String) {
        guard let components = URLComponents(string: link) else {
            (path, hasQuery) = ("", false)
            return
        }
        let encoded = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        path = encoded.removingPercentEncoding ?? encoded
        hasQuery = components.query != nil
    }

    /// Whether `other` is the same path, a trailing `/` aside.
    func isSamePath(as other: String) -> Bool {
        func trimmed(_ path: String) -> Substring { path.hasSuffix("/") ? path.dropLast() : path[...] }
        return trimmed(path) == trimmed(other)
    }
}

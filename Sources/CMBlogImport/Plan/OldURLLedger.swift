import CMBlogCore

/// The old URLs of an imported site and how the new site answers each: with a page at the
/// same path, an alias of a post or page, or a line of `redirects.yml`. An old URL that cannot
/// be answered (it is not a path a site can have, or a page of the new site stands there) is
/// listed with why. Every old URL is counted, so the report can say how many still work.
struct OldURLLedger {
    /// An old URL left unanswered, and why.
    struct Unresolved: Sendable {
        let url: String
        let reason: String
    }

    /// The old site's own path (`/blog/` for a blog in a folder), removed from every old URL.
    let basePath: String
    /// The file each new page or redirect is written to (or, with a query, its path): an old
    /// URL that lands on one of them cannot be redirected there.
    private var taken: Set<String> = []
    private(set) var total = 0
    private(set) var resolved = 0
    private(set) var unresolved: [Unresolved] = []
    /// Lines for `redirects.yml`: old path, new path.
    private(set) var redirects: [(from: String, to: String)] = []

    init(basePath: String) {
        self.basePath = basePath
    }

    /// Marks `path` as a page of the new site.
    mutating func reservePage(_ path: SitePath) {
        taken.insert(Self.key(path))
    }

    /// Whether the new site already has a page or redirect at `path`.
    func isTaken(_ path: SitePath) -> Bool {
        taken.contains(Self.key(path))
    }

    /// Counts the old URL of a page now at `target`; returns the alias the page must carry to
    /// answer it, nil when the page answers it at the same path or it cannot be answered.
    mutating func alias(_ url: OldURL, of target: SitePath) -> String? {
        claim(url, for: target)
    }

    /// Counts the old URL and, when it can be answered, adds a line of `redirects.yml` to `target`.
    mutating func redirect(_ url: OldURL, to target: SitePath) {
        if let from = claim(url, for: target) { redirects.append((from, target.value)) }
    }

    /// The path to redirect from, having counted it; nil when there is nothing to write.
    private mutating func claim(_ url: OldURL, for target: SitePath) -> String? {
        total += 1
        let old = url.relative(to: basePath)
        guard !url.path.isEmpty, let path = try? SitePath(validating: old) else {
            unresolved.append(Unresolved(url: url.text, reason: "not a path a site can have"))
            return nil
        }
        if !path.value.contains("?"), Self.key(path) == Self.key(target) {
            resolved += 1
            return nil
        }
        guard taken.insert(Self.key(path)).inserted else {
            unresolved.append(Unresolved(url: url.text, reason: "a page of the new site, or another old URL, is already there"))
            return nil
        }
        resolved += 1
        return path.value
    }

    /// What two paths share when they land on the same file (or, with a query, the same rule).
    private static func key(_ path: SitePath) -> String {
        path.value.contains("?") ? path.value : path.outputFile
    }
}

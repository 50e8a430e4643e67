import CMBlogContent
import CMBlogCore
import Foundation

/// Every published thread of a site, each attached to its post or page.
public struct CommentArchive: Sendable {
    /// Threads by the URL path of their entry.
    private let threads: [String: PublishedThread]

    /// An archive with no threads.
    public static let empty = CommentArchive(threads: [:])

    private init(threads: [String: PublishedThread]) {
        self.threads = threads
    }

    /// The thread shown under `entry`, nil when there is none or it is hidden.
    public func thread(of entry: ResolvedEntry) -> PublishedThread? { threads[entry.url.value] }

    /// Attaches each thread to the post or page with its slug, sanitizes the approved comments
    /// and recognizes the replies of the site's authors.
    ///
    /// A thread with no matching entry, or matching several, is reported, never silently dropped.
    public static func assemble(site: Site, threads: [CommentThread], width: Int) async -> (CommentArchive, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let entries = site.posts + site.pages
        let entriesBySlug = Dictionary(grouping: entries, by: \.entry.slug)
        var matched: [(ResolvedEntry, CommentThread?)] = []
        var threadedURLs: Set<String> = []
        for thread in threads {
            let candidates = Self.candidates(for: thread.slug, among: entriesBySlug, in: site)
            guard let entry = candidates.first else {
                diagnostics.append(.warning("no published post or page has the slug '\(thread.slug)'; this thread is not shown (name the file after the post's slug)", path: thread.sourcePath))
                continue
            }
            guard candidates.count == 1 else {
                let paths = candidates.map(\.entry.sourcePath).sorted().joined(separator: ", ")
                diagnostics.append(.error("several entries have the slug '\(thread.slug)' (\(paths)); give them distinct `slug:` values so this thread has one home", path: thread.sourcePath))
                continue
            }
            matched.append((entry, thread))
            threadedURLs.insert(entry.url.value)
        }
        for entry in entries where entry.entry.comments == .closed && !threadedURLs.contains(entry.url.value) {
            matched.append((entry, nil))
        }
        let authorsByEmail = Dictionary(
            site.authors.values.compactMap { author in author.email.map { ($0.lowercased(), author.id) } },
            uniquingKeysWith: { first, _ in first })
        for thread in threads {
            for comment in thread.comments where comment.authorID.map({ site.authors[$0] == nil }) ?? false {
                diagnostics.append(.warning("comment \(comment.id): author_id '\(comment.authorID ?? "")' is not in authors/; shown as a visitor's comment", path: thread.sourcePath, line: comment.line))
            }
        }
        let published = await matched.concurrentMap(width: width) { entry, thread in
            (entry.url.value, publish(thread, for: entry.entry, authors: site.authors, authorsByEmail: authorsByEmail))
        }
        var byURL: [String: PublishedThread] = [:]
        for (url, thread) in published {
            if let thread { byURL[url] = thread }
        }
        return (CommentArchive(threads: byURL), diagnostics)
    }

    /// The recent approved comments of the whole site, newest first, with their entries.
    ///
    /// Only the dates and places of the comments are sorted; the comments themselves are
    /// copied for the `limit` kept (a site has tens of thousands of them).
    /// The entries a thread file may belong to. On a site with `languages:`, translations may
    /// share a slug: `comments/<slug>.yml` is then the thread of the default language's
    /// version, and `comments/<slug>.<lang>.yml` that of the version in `lang`.
    private static func candidates(for slug: String, among entriesBySlug: [String: [ResolvedEntry]], in site: Site) -> [ResolvedEntry] {
        let config = site.config
        let named = entriesBySlug[slug] ?? []
        guard config.isMultilingual else { return named }
        if named.count > 1 {
            let inDefault = named.filter { site.language(of: $0) == config.language }
            return inDefault.isEmpty ? named : inDefault
        }
        guard named.isEmpty, let dot = slug.lastIndex(of: "."), config.siteLanguages.contains(String(slug[slug.index(after: dot)...])) else {
            return named
        }
        let language = String(slug[slug.index(after: dot)...])
        return (entriesBySlug[String(slug[..<dot])] ?? []).filter { site.language(of: $0) == language }
    }

    public func recentComments(in site: Site, limit: Int) -> [(entry: ResolvedEntry, comment: PublishedComment)] {
        let entries = site.posts + site.pages
        var places: [(date: Date, id: String, entry: Int, position: Int)] = []
        for (entryIndex, entry) in entries.enumerated() {
            for (position, published) in (threads[entry.url.value]?.conversation ?? []).enumerated() {
                places.append((published.comment.date, published.comment.id, entryIndex, position))
            }
        }
        places.sort { ($0.date, $0.id) > ($1.date, $1.id) }
        let kept = limit > 0 ? places.prefix(limit) : places[...]
        return kept.map { place in
            let entry = entries[place.entry]
            return (entry, threads[entry.url.value]!.conversation[place.position])
        }
    }

    /// A comment as the published site keeps it: without its e-mail and stored body.
    private static func shown(_ comment: Comment) -> Comment {
        var shown = comment
        shown.email = nil
        shown.body = ""
        return shown
    }

    private static func publish(
        _ thread: CommentThread?, for entry: Entry, authors: [String: Author], authorsByEmail: [String: String]
    ) -> PublishedThread? {
        let status = entry.comments ?? thread?.status ?? .open
        guard status != .hidden else { return nil }
        let layout = ThreadLayout(thread?.comments ?? [])
        func published(_ comment: Comment, depth: Int, parent: Comment?, showsParent: Bool) -> PublishedComment {
            let siteAuthor = comment.authorID.flatMap { authors[$0]?.id } ?? comment.email.flatMap { authorsByEmail[$0.lowercased()] }
            return PublishedComment(
                comment: shown(comment),
                depth: depth,
                parent: parent.map(shown),
                showsParent: showsParent,
                bodyHTML: comment.bodyHTML,
                authorURL: comment.url.flatMap(LinkPolicy.allowedURL).flatMap { $0.lowercased().hasPrefix("mailto:") ? nil : $0 },
                siteAuthorID: siteAuthor,
                isByPostAuthor: siteAuthor.map(entry.authorIDs.contains) ?? false
            )
        }
        return PublishedThread(
            sourcePath: thread?.sourcePath,
            status: status,
            conversation: layout.conversation.map { published($0.comment, depth: $0.depth, parent: $0.parent, showsParent: $0.isDeeperThanShown) },
            mentions: layout.mentions.map { published($0, depth: 1, parent: nil, showsParent: false) },
            reactions: thread?.backfeed.reactions ?? []
        )
    }
}

import CMBlogComments
import CMBlogContent
import CMBlogCore
import CMBlogFeeds
import CMBlogTemplates

/// What each rendered file of a site is made from, summed up in a key that changes whenever
/// any of it does: the revisions of the files it shows, and what the site made of them
/// (URLs, terms, neighbours, list positions).
///
/// Two builds giving a file the same key render it to the same bytes, so an incremental
/// build renders again only the files whose key changed.
struct RenderInputs {
    private let site: Site
    private let comments: CommentArchive
    /// Everything every page shows: settings, theme and interface strings (through the
    /// session's generation) and image sizes.
    private let global: Int
    private let postKeys: [Int]
    private let pageKeys: [Int]
    /// The keys of posts and pages by source file.
    private let entryKeys: [String: Int]
    private let authorKeys: [String: Int]
    /// All authors at once: author pages and comment threads show any of them.
    private let allAuthors: Int

    /// - Parameters:
    ///   - revisions: The revision of every file read, by path (from the session's `ParseCache`).
    ///   - generation: Changes whenever settings, templates or interface strings change.
    init(_ loaded: LoadedSite, revisions: [String: Int], generation: Int) {
        site = loaded.site
        comments = loaded.comments
        global = Self.hash(generation, loaded.images, loaded.pictures.catalog)
        let authorKeys = loaded.site.authors.mapValues { Self.hash($0.id, revisions[$0.sourcePath] ?? -1) }
        self.authorKeys = authorKeys
        let allAuthors = Self.hash(authorKeys.sorted { $0.key < $1.key }.map(\.value))
        self.allAuthors = allAuthors
        func entryKey(_ resolved: ResolvedEntry) -> Int {
            var hasher = Hasher()
            let entry = resolved.entry
            hasher.combine(entry.sourcePath)
            hasher.combine(revisions[entry.sourcePath] ?? -1)
            hasher.combine(resolved.url)
            hasher.combine(resolved.categoryTerms)
            hasher.combine(resolved.tagTerms)
            hasher.combine(resolved.signerID.flatMap { authorKeys[$0] })
            hasher.combine(resolved.translations)
            hasher.combine(resolved.isPreviewOnly)
            hasher.combine(entry.authorIDs.map { authorKeys[$0] })
            if let thread = loaded.comments.thread(of: resolved) {
                hasher.combine(thread.sourcePath.flatMap { revisions[$0] } ?? 0)
                hasher.combine(thread.status.rawValue)
                hasher.combine(allAuthors)
            }
            return hasher.finalize()
        }
        postKeys = loaded.site.posts.map(entryKey)
        pageKeys = loaded.site.pages.map(entryKey)
        let entries = loaded.site.posts + loaded.site.pages
        entryKeys = Dictionary(zip(entries.map(\.entry.sourcePath), postKeys + pageKeys), uniquingKeysWith: { first, _ in first })
    }

    /// The key of what `work` renders; nil for files made without rendering (copies, text
    /// made in code), which cost too little to keep.
    func key(for work: RenderJob.Work) -> Int? {
        switch work {
        case .page(let kind): Self.hash(global, pageKey(kind))
        case .feed(let scope, let format): Self.hash(global, "feed", format.rawValue, feedKey(scope))
        case .commentFeed(let scope): Self.hash(global, "comments", commentScopeKey(scope))
        case .shareCard(.post(let index)): Self.hash(global, "card", postKeys[index])
        case .shareCard(.page(let index)): Self.hash(global, "card", pageKeys[index])
        case .text, .bytes, .copy: nil
        }
    }

    /// The key of a page: its kind's own values and what its `PageInputs` declare, the same
    /// declaration its view model reads the site through.
    private func pageKey(_ kind: PageKind) -> Int {
        let inputs = kind.inputs(in: site)
        var hasher = Hasher()
        hasher.combine(kind)
        hasher.combine(inputs.posts.map { postKeys[$0] })
        hasher.combine(inputs.pages.map { pageKeys[$0] })
        if inputs.allAuthors {
            hasher.combine(allAuthors)
            hasher.combine(site.authors.keys.sorted().map { id in site.config.siteLanguages.map { site.postIndexes(by: id, in: $0).count } })
        }
        if let taxonomy = inputs.termIndex {
            hasher.combine((taxonomy == .category ? site.categories : site.tags).map {
                [$0.name, $0.url.value, String($0.postIndexes.count), $0.parent?.url.value ?? "", $0.language]
            })
        }
        if inputs.years { hasher.combine(site.years.map { [String($0.year), String($0.postIndexes.count), $0.language] }) }
        return hasher.finalize()
    }

    /// A scope's feed: what it follows, its settings (what its items carry) and its posts.
    private func feedKey(_ scope: SiteFeeds.Scope) -> Int {
        let feeds = SiteFeeds(site: site)
        return Self.hash(scopeKey(scope), feeds.settings(of: scope), feeds.postIndexes(of: scope).map { postKeys[$0] })
    }

    private func scopeKey(_ scope: SiteFeeds.Scope) -> Int {
        switch scope {
        case .site: Self.hash("site")
        case .edition(let language): Self.hash("edition", language)
        case .author(let author, let language): Self.hash("author", authorKeys[author.id], language)
        case .term(let term): Self.hash("term", term.taxonomy.rawValue, term.name, term.url, term.language)
        }
    }

    private func commentScopeKey(_ scope: CommentFeeds.Scope) -> Int {
        switch scope {
        case .entry(let entry): Self.hash("entry", entryKeys[entry.entry.sourcePath])
        case .recent: Self.hash("recent", (site.posts + site.pages).filter { comments.thread(of: $0) != nil }.map { entryKeys[$0.entry.sourcePath] })
        }
    }

    private static func hash<each Part: Hashable>(_ parts: repeat each Part) -> Int {
        var hasher = Hasher()
        repeat hasher.combine(each parts)
        return hasher.finalize()
    }
}

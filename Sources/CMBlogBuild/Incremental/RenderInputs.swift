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
struct RenderInputs: Sendable {
    private let site: Site
    private let comments: CommentArchive
    /// Everything every page shows: settings, theme and interface strings (through the
    /// generation) and image sizes.
    private let global: String
    private let postKeys: [String]
    private let pageKeys: [String]
    /// The keys of posts and pages by source file.
    private let entryKeys: [String: String]
    private let authorKeys: [String: String]
    /// All authors at once: author pages and comment threads show any of them.
    private let allAuthors: String
    /// The key of each term, year and author as a whole, made once: each of their list pages
    /// carries it, and encoding it again for every page costs the square of its posts.
    private let payloadKeys: PayloadKeys

    private struct PayloadKeys {
        var terms: [Term: String] = [:]
        var years: [YearArchive: String] = [:]
        var authors: [Author: String] = [:]
    }

    /// - Parameters:
    ///   - revisions: The revision of every file read, by path (from the `ParseCache`).
    ///   - generation: Changes whenever settings, templates or interface strings change.
    init(_ loaded: LoadedSite, revisions: [String: String], generation: String) {
        site = loaded.site
        comments = loaded.comments
        var global = StableKey()
        global.add(generation)
        global.add(encoding: loaded.images)
        global.add(encoding: loaded.pictures.catalog)
        self.global = global.finalize()
        let authorKeys = loaded.site.authors.mapValues { StableKey.of($0.id, revisions[$0.sourcePath] ?? "-") }
        self.authorKeys = authorKeys
        let allAuthors = StableKey.of(authorKeys.sorted { $0.key < $1.key }.map { $0.key + " " + $0.value }.joined(separator: "\n"))
        self.allAuthors = allAuthors
        func entryKey(_ resolved: ResolvedEntry) -> String {
            var key = StableKey()
            let entry = resolved.entry
            key.add(entry.sourcePath)
            key.add(revisions[entry.sourcePath] ?? "-")
            key.add(resolved.url.value)
            key.add(encoding: Placement(categories: resolved.categoryTerms, tags: resolved.tagTerms, translations: resolved.translations))
            key.add(resolved.signerID.flatMap { authorKeys[$0] })
            key.add(resolved.isPreviewOnly ? "preview" : "published")
            for id in entry.authorIDs { key.add(authorKeys[id]) }
            if let thread = loaded.comments.thread(of: resolved) {
                key.add(thread.sourcePath.flatMap { revisions[$0] } ?? "no file")
                key.add(thread.status.rawValue)
                key.add(allAuthors)
            }
            return key.finalize()
        }
        var payloadKeys = PayloadKeys()
        for term in loaded.site.categories + loaded.site.tags { payloadKeys.terms[term] = Self.encodingKey(term) }
        for year in loaded.site.years { payloadKeys.years[year] = Self.encodingKey(year) }
        for author in loaded.site.authors.values { payloadKeys.authors[author] = Self.encodingKey(author) }
        self.payloadKeys = payloadKeys
        postKeys = loaded.site.posts.map(entryKey)
        pageKeys = loaded.site.pages.map(entryKey)
        let entries = loaded.site.posts + loaded.site.pages
        entryKeys = Dictionary(zip(entries.map(\.entry.sourcePath), postKeys + pageKeys), uniquingKeysWith: { first, _ in first })
    }

    /// The key of what `work` renders; nil for files made without rendering (copies, text
    /// made in code), which cost too little to keep.
    func key(for work: RenderJob.Work) -> String? {
        switch work {
        case .page(let kind): StableKey.of(global, pageKey(kind))
        case .feed(let scope, let format): StableKey.of(global, "feed", format.rawValue, feedKey(scope))
        case .commentFeed(let scope): StableKey.of(global, "comments", commentScopeKey(scope))
        case .shareCard(.post(let index)): StableKey.of(global, "card", postKeys[index])
        case .shareCard(.page(let index)): StableKey.of(global, "card", pageKeys[index])
        case .text, .bytes, .copy: nil
        }
    }

    /// The key of each job's file, in job order, made `width` at a time.
    func keys(for jobs: [RenderJob], width: Int) async -> [String?] {
        await jobs.concurrentMap(width: width) { [self] job in key(for: job.work) }
    }

    /// The key of a page: its kind's own values and what its `PageInputs` declare, the same
    /// declaration its view model reads the site through.
    private func pageKey(_ kind: PageKind) -> String {
        let inputs = kind.inputs(in: site)
        var key = StableKey()
        switch kind {
        case .term(let term, let page):
            key.add("term \(payloadKeys.terms[term] ?? Self.encodingKey(term))")
            key.add(encoding: page)
        case .year(let year, let page):
            key.add("year \(payloadKeys.years[year] ?? Self.encodingKey(year))")
            key.add(encoding: page)
        case .author(let author, let page, let language):
            key.add("author \(payloadKeys.authors[author] ?? Self.encodingKey(author))")
            key.add(encoding: page)
            key.add(language)
        case .post(let index):
            key.add("post \(index)")
        case .page(let index):
            key.add("page \(index)")
        default:
            key.add(encoding: kind)
        }
        for index in inputs.posts { key.add(postKeys[index]) }
        key.add("pages")
        for index in inputs.pages { key.add(pageKeys[index]) }
        if inputs.allAuthors {
            key.add(allAuthors)
            key.add(encoding: site.authors.keys.sorted().map { id in site.config.siteLanguages.map { site.postIndexes(by: id, in: $0).count } })
        }
        if let taxonomy = inputs.termIndex {
            key.add(encoding: (taxonomy == .category ? site.categories : site.tags).map {
                [$0.name, $0.url.value, String($0.postIndexes.count), $0.parent?.url.value ?? "", $0.language]
            })
        }
        if inputs.years { key.add(encoding: site.years.map { [String($0.year), String($0.postIndexes.count), $0.language] }) }
        return key.finalize()
    }

    /// Where the site placed an entry, encoded at once for its key.
    private struct Placement: Encodable {
        let categories: [TermLink]
        let tags: [TermLink]
        let translations: [Translation]
    }

    /// The key of a value by its whole encoding.
    private static func encodingKey(_ value: some Encodable) -> String {
        var key = StableKey()
        key.add(encoding: value)
        return key.finalize()
    }

    /// A scope's feed: what it follows, its settings (what its items carry) and its posts.
    private func feedKey(_ scope: SiteFeeds.Scope) -> String {
        let feeds = SiteFeeds(site: site)
        var key = StableKey()
        key.add(scopeKey(scope))
        key.add(encoding: feeds.settings(of: scope))
        for index in feeds.postIndexes(of: scope) { key.add(postKeys[index]) }
        return key.finalize()
    }

    private func scopeKey(_ scope: SiteFeeds.Scope) -> String {
        switch scope {
        case .site: "site"
        case .edition(let language): StableKey.of("edition", language)
        case .author(let author, let language): StableKey.of("author", authorKeys[author.id] ?? "-", language)
        case .term(let term): StableKey.of("term", term.taxonomy.rawValue, term.name, term.url.value, term.language)
        }
    }

    private func commentScopeKey(_ scope: CommentFeeds.Scope) -> String {
        switch scope {
        case .entry(let entry): StableKey.of("entry", entryKeys[entry.entry.sourcePath] ?? "-")
        case .recent:
            StableKey.of(parts: ["recent"] + (site.posts + site.pages).filter { comments.thread(of: $0) != nil }.map { entryKeys[$0.entry.sourcePath] ?? "-" })
        }
    }
}

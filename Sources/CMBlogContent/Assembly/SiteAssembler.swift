import CMBlogCore
import Foundation

/// Checks and links what was read into a `Site`: leaves out drafts and future posts, checks
/// authors, gives every entry its URL, files posts under their categories, tags and years.
public struct SiteAssembler: Sendable {
    /// What to publish.
    public struct Options: Sendable {
        /// Publish drafts too (`--drafts`).
        public var includeDrafts: Bool
        /// Publish posts dated after `now` too (`--future`).
        public var includeFuture: Bool
        /// The moment of the build, which decides what is in the future.
        public var now: Date
        /// Verifies `.minisig` files; without it, signatures are not looked at.
        public var signatures: (any SignatureChecking)?
        /// How many signatures to verify at once.
        public var width: Int

        public init(includeDrafts: Bool = false, includeFuture: Bool = false, now: Date, signatures: (any SignatureChecking)? = nil, width: Int = 1) {
            self.includeDrafts = includeDrafts
            self.includeFuture = includeFuture
            self.now = now
            self.signatures = signatures
            self.width = width
        }
    }

    let options: Options

    public init(options: Options) {
        self.options = options
    }

    /// Assembles the site; nil when an error was found (all of them are returned).
    public func assemble(_ source: SiteSource) async -> (Site?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let config = source.config.typeset()
        let authors = Dictionary(source.authors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let published = source.entries.filter(isPublished)

        for entry in published {
            for id in entry.authorIDs where authors[id] == nil {
                let key = entry.keyLines["authors"] != nil ? "authors" : "author"
                let known = authors.keys.sorted()
                let hint = Suggestion.closest(to: id, among: known).map { "; did you mean `\($0)`?" }
                    ?? (known.isEmpty ? "; add authors/\(id).yml with at least `name:`" : "; known authors: \(known.joined(separator: ", "))")
                diagnostics.append(Diagnostic(.error, at: entry.location(of: key), "unknown author `\(id)`\(hint)"))
            }
        }

        let hierarchy = CategoryHierarchy(source.categories, postCategories: source.entries.filter { $0.kind == .post }.flatMap(\.categories),
                                          diagnostics: &diagnostics)
        diagnostics += hierarchy.languageProblems(config)
        diagnostics += successorProblems(authors)
        let audit = options.signatures.map { SignatureAudit(checker: $0, authors: authors, config: config) }
        diagnostics += audit?.keyProblems() ?? []
        var signers: [String: String] = [:]
        if let audit {
            let checked = published.filter { $0.signedSource != nil || config.signaturesRequired }
            let verdicts = await checked.concurrentMap(width: options.width) { entry in
                var found: [Diagnostic] = []
                return (entry.sourcePath, audit.signer(of: entry, diagnostics: &found), found)
            }
            for (path, signer, found) in verdicts {
                signers[path] = signer
                diagnostics += found
            }
        }

        let posts = Self.newestFirst(published.filter { $0.kind == .post })
        let pages = published.filter { $0.kind == .page }.sorted { $0.sourcePath < $1.sourcePath }
        diagnostics += TranslationSets.languageProblems(posts + pages, config: config)
        var urls: [String: SitePath] = [:]
        for entry in posts + pages {
            let pattern = entry.kind == .post ? config.postPermalink : config.pagePermalink
            do {
                let prefix = config.prefix(of: entry.language ?? config.language).value
                urls[entry.sourcePath] = try entry.permalinkOverride
                    ?? SitePath(validating: String(prefix.dropLast()) + PermalinkPattern.expand(pattern, for: entry, config: config))
            } catch {
                diagnostics.append(Diagnostic(.error, at: entry.location(of: "permalink"), "invalid URL for this \(entry.kind.rawValue): \(error)"))
            }
        }
        if diagnostics.containsError { return (nil, diagnostics) }

        var taxonomies = Dictionary(uniqueKeysWithValues: config.siteLanguages.map {
            ($0, TaxonomyBuilder(config: config, language: $0, categoryNames: config.isMultilingual ? hierarchy.names(in: $0) : [:]))
        })
        /// The language whose lists carry an entry: its own on a site with `languages:`.
        func edition(_ entry: Entry) -> String { config.isMultilingual ? entry.language ?? config.language : config.language }
        for (index, entry) in posts.enumerated() {
            taxonomies[edition(entry)]!.file(entry, at: index, diagnostics: &diagnostics)
        }
        let translations = TranslationSets(posts + pages, urls: urls, config: config, diagnostics: &diagnostics)
        func resolve(_ entry: Entry) -> ResolvedEntry {
            let taxonomy = taxonomies[edition(entry)]!
            return ResolvedEntry(
                entry: entry,
                url: urls[entry.sourcePath]!,
                categoryTerms: taxonomy.links(for: entry.categories, in: .category),
                tagTerms: taxonomy.links(for: entry.tags, in: .tag),
                signerID: signers[entry.sourcePath],
                translations: translations.versions(of: entry),
                isPreviewOnly: entry.isDraft || isScheduled(entry)
            )
        }
        let editions = config.siteLanguages.map { taxonomies[$0]! }
        let site = Site(
            config: config,
            authors: authors,
            posts: posts.map(resolve),
            pages: pages.map(resolve),
            categories: editions.flatMap { $0.categories(in: hierarchy) },
            tags: editions.flatMap { $0.tags() },
            years: editions.flatMap { $0.years() },
            localizationOverrides: source.localizationOverrides,
            staticFiles: source.staticFiles,
            redirects: source.redirects
        )
        diagnostics += TranslationReport(site: site).diagnostics(required: config.translationsRequired)
        return (diagnostics.containsError ? nil : site, diagnostics)
    }

    /// A `successor:` must name another author.
    private func successorProblems(_ authors: [String: Author]) -> [Diagnostic] {
        authors.values.sorted { $0.id < $1.id }.compactMap { author in
            guard let successor = author.successor, authors[successor] == nil || successor == author.id else { return nil }
            let hint = Suggestion.closest(to: successor, among: authors.keys.sorted()).map { "; did you mean `\($0)`?" } ?? ""
            return Diagnostic(.error, at: author.location(of: "successor"), "`successor` must name another author (a file in authors/)\(hint)")
        }
    }

    private func isPublished(_ entry: Entry) -> Bool {
        if entry.withheldReason != nil { return false }
        if entry.isDraft && !options.includeDrafts { return false }
        if isScheduled(entry) && !options.includeFuture { return false }
        return true
    }

    /// A post dated after the build: it is published once its date has passed.
    private func isScheduled(_ entry: Entry) -> Bool {
        guard entry.kind == .post, let date = entry.date else { return false }
        return date > options.now
    }

    /// Posts newest first, ties broken by path so the order never varies. Sorts the dates
    /// and paths alone, then picks the entries, rather than moving whole entries around.
    private static func newestFirst(_ posts: [Entry]) -> [Entry] {
        let keys = posts.map { (date: $0.date ?? .distantPast, path: $0.sourcePath) }
        let order = keys.indices.sorted { a, b in
            keys[a].date != keys[b].date ? keys[a].date > keys[b].date : keys[a].path < keys[b].path
        }
        return order.map { posts[$0] }
    }
}

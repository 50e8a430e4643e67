import CMBlogContent
import CMBlogCore
import CMBlogFeeds
import Foundation

/// The archive and feed URLs of a WordPress site, each led to the page of the new site that
/// answers it: category, tag and author archives and their feeds (taxonomy slugs that change
/// on import included), date archives, the site's feed and its comments feed. WordPress's
/// default bases are assumed (`/category/`, `/tag/`, `/author/`).
struct ArchiveRedirects {
    /// What the archives of one published post are made of.
    struct Post {
        let date: Date
        let terms: [WXRExport.Term]
        let authorID: String?
        let login: String?
    }

    let posts: [Post]
    let categories: [DeclaredCategory]
    let config: SiteConfig

    /// The pages the build makes for these posts (indexes, term, author and year archives),
    /// which no imported post or page may take.
    var generatedPages: [SitePath] {
        let paths = config.paths
        let indexes = [paths.categories, paths.tags, paths.archives, paths.authors].map { SitePath.root.appending(folder: $0) }
        return [.root] + indexes + archives.map(\.page)
    }

    /// Each old archive URL with the page that answers it and whether it has a feed.
    private var archives: [(old: String, page: SitePath, hasFeed: Bool)] {
        var found: [String: (SitePath, Bool)] = [:]
        let parents = Dictionary(categories.map { ($0.slug, $0.parent) }, uniquingKeysWith: { first, _ in first })
        let names = Dictionary(categories.compactMap { category in category.name.map { (category.slug, $0) } }, uniquingKeysWith: { first, _ in first })
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = config.timeZone
        for post in posts {
            for term in post.terms where ["category", "post_tag"].contains(term.domain) {
                let taxonomy: Term.Taxonomy = term.domain == "category" ? .category : .tag
                let wordPressSlug = term.slug.nonEmpty ?? Slug.make(from: term.name)
                let chain = taxonomy == .category ? Self.chain(wordPressSlug, parents: parents) : [wordPressSlug]
                let base = (taxonomy == .category ? "category/" : "tag/") + chain.map(\.decodedSlug).joined(separator: "/")
                found["/\(base)/"] = (config.paths.term(taxonomy, slug: Slug.make(from: EncodingRepair.repair(term.name).text)), true)
                // The categories above it have a page too (categories.yml lists them), posts of their own or not.
                for depth in chain.indices.dropLast() {
                    guard let name = names[chain[depth]] else { continue }
                    let old = "/category/" + chain[...depth].map(\.decodedSlug).joined(separator: "/") + "/"
                    if found[old] == nil { found[old] = (config.paths.term(.category, slug: Slug.make(from: EncodingRepair.repair(name).text)), true) }
                }
            }
            if let id = post.authorID, let login = post.login {
                found["/author/\(Slug.make(from: login).nonEmpty ?? login)/"] = (config.paths.author(id), true)
            }
            let day = calendar.dateComponents([.year, .month, .day], from: post.date)
            if let year = day.year, let month = day.month, let date = day.day {
                let page = config.paths.year(year)
                for old in [String(format: "/%04d/", year), String(format: "/%04d/%02d/", year, month), String(format: "/%04d/%02d/%02d/", year, month, date)] {
                    found[old] = (page, false)
                }
            }
        }
        return found.sorted { $0.key < $1.key }.map { ($0.key, $0.value.0, $0.value.1) }
    }

    /// Adds every old archive URL, its feed, and the site's feeds to `ledger`;
    /// `hasComments` says whether the site publishes a comments feed.
    func record(into ledger: inout OldURLLedger, hasComments: Bool) {
        guard !posts.isEmpty else { return }
        let feed = FeedFormat.atom.fileName
        ledger.redirect(OldURL(path: "/feed/"), to: SitePath.root.appending(file: feed))
        ledger.redirect(OldURL(path: "/comments/feed/"), to: SitePath.root.appending(file: hasComments ? CommentFeeds.fileName : feed))
        for archive in archives {
            let old = OldURL(path: archive.old)
            ledger.redirect(old, to: archive.page)
            if archive.hasFeed { ledger.redirect(old.feed, to: archive.page.appending(file: feed)) }
        }
    }

    /// The slugs from the top of `slug`'s tree down to it, as WordPress nests category URLs
    /// (`parent/child`); at most `PageHierarchy.maximumDepth` parents are followed, and a loop
    /// ends where it comes back.
    private static func chain(_ slug: String, parents: [String: String?]) -> [String] {
        var path = [slug]
        var seen: Set<String> = [slug]
        var current = parents[slug] ?? nil
        while let parent = current, path.count <= PageHierarchy.maximumDepth, seen.insert(parent).inserted {
            path.insert(parent, at: 0)
            current = parents[parent] ?? nil
        }
        return path
    }
}

import CMBlogCore
import Foundation

/// Files posts under their categories, tags and years while the site is assembled.
struct TaxonomyBuilder {
    let config: SiteConfig
    private var terms: [Term.Taxonomy: [String: Term]] = [:]
    private var postsByYear: [Int: [Int]] = [:]
    /// Slugs of the names met so far: posts share few names, and slugs cost Unicode folding.
    private var slugs: [String: String] = [:]

    init(config: SiteConfig) {
        self.config = config
    }

    /// Files the post at `index` (posts come newest first, so lists stay newest first).
    mutating func file(_ entry: Entry, at index: Int, diagnostics: inout [Diagnostic]) {
        for (taxonomy, names) in [(Term.Taxonomy.category, entry.categories), (.tag, entry.tags)] {
            for name in names {
                let slug = slug(of: name)
                guard !slug.isEmpty else {
                    let key = taxonomy == .category ? "categories" : "tags"
                    diagnostics.append(Diagnostic(.warning, at: entry.location(of: key), "\(taxonomy.rawValue) '\(name)' has no letter or digit and was left out"))
                    continue
                }
                var term = terms[taxonomy, default: [:]][slug]
                    ?? Term(taxonomy: taxonomy, name: name, slug: slug, url: url(of: taxonomy, slug: slug), postIndexes: [])
                if term.postIndexes.last != index { term.postIndexes.append(index) }
                terms[taxonomy, default: [:]][slug] = term
            }
        }
        if let date = entry.date {
            let year = DateFields(date, in: config.timeZone).year
            postsByYear[year, default: []].append(index)
        }
    }

    /// The terms of a taxonomy, sorted by slug.
    func terms(_ taxonomy: Term.Taxonomy) -> [Term] {
        (terms[taxonomy] ?? [:]).values.sorted { $0.slug < $1.slug }
    }

    /// The years with posts, newest first.
    func years() -> [YearArchive] {
        postsByYear.keys.sorted(by: >).map { year in
            YearArchive(year: year, url: SitePath.root.appending(folder: config.paths.archives).appending(folder: String(year)), postIndexes: postsByYear[year]!)
        }
    }

    /// Name and URL of each of `names`, as the post shows them.
    func links(for names: [String], in taxonomy: Term.Taxonomy) -> [TermLink] {
        names.compactMap { name in
            terms[taxonomy]?[slugs[name] ?? Slug.make(from: name)].map { TermLink(name: $0.name, url: $0.url) }
        }
    }

    private mutating func slug(of name: String) -> String {
        if let known = slugs[name] { return known }
        let slug = Slug.make(from: name)
        slugs[name] = slug
        return slug
    }

    private func url(of taxonomy: Term.Taxonomy, slug: String) -> SitePath {
        let folder = taxonomy == .category ? config.paths.categories : config.paths.tags
        return SitePath.root.appending(folder: folder).appending(folder: slug)
    }
}

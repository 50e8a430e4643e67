import CMBlogCore
import Foundation

/// Files posts under their categories, tags and years while the site is assembled: those of
/// one language, whose archives live under its prefix.
struct TaxonomyBuilder {
    let config: SiteConfig
    let language: String
    let prefix: SitePath
    /// The names of categories in this language (`names:` of `categories.yml`), by slug.
    let categoryNames: [String: String]
    private var terms: [Term.Taxonomy: [String: Term]] = [:]
    private var postsByYear: [Int: [Int]] = [:]
    /// Slugs of the names met so far: posts share few names, and slugs cost Unicode folding.
    private var slugs: [String: String] = [:]

    init(config: SiteConfig, language: String, categoryNames: [String: String] = [:]) {
        self.config = config
        self.language = language
        self.prefix = config.prefix(of: language)
        self.categoryNames = categoryNames
    }

    /// A new term of this language, under its name here (a category's translated name, when
    /// `categories.yml` gives one); `key` is the slug of the name posts write.
    private func term(_ taxonomy: Term.Taxonomy, named name: String, key: String) -> Term {
        let shown = taxonomy == .category ? categoryNames[key] ?? name : name
        let slug = shown == name ? key : Slug.make(from: shown)
        return Term(taxonomy: taxonomy, name: shown, slug: slug, url: config.paths.term(taxonomy, slug: slug, under: prefix), postIndexes: [],
                    language: language, key: key)
    }

    /// Files the post at `index` (posts come newest first, so lists stay newest first).
    mutating func file(_ entry: Entry, at index: Int, diagnostics: inout [Diagnostic]) {
        for (taxonomy, names) in [(Term.Taxonomy.category, entry.categories), (.tag, entry.tags)] {
            let key = taxonomy == .category ? "categories" : "tags"
            if names.count > Term.perPostLimit {
                diagnostics.append(Diagnostic(.warning, at: entry.location(of: key), """
                    \(names.count) \(key) on one post: each makes a page and feeds of its own, and feeds list only the first \
                    \(Term.perPostLimit) categories and tags of a post; keep to \(Term.perPostLimit) or fewer (an import may have \
                    turned keywords into \(key))
                    """))
            }
            for name in names {
                let slug = slug(of: name)
                guard !slug.isEmpty else {
                    diagnostics.append(Diagnostic(.warning, at: entry.location(of: key), "\(taxonomy.rawValue) '\(name)' has no letter or digit and was left out"))
                    continue
                }
                // In place: a copy of the term would copy its list of posts, once per post filed.
                if terms[taxonomy]?[slug] == nil { terms[taxonomy, default: [:]][slug] = term(taxonomy, named: name, key: slug) }
                terms[taxonomy]![slug]!.file(index)
            }
        }
        if let date = entry.date {
            let year = DateFields(date, in: config.timeZone).year
            postsByYear[year, default: []].append(index)
        }
    }

    /// The tags, sorted by slug.
    func tags() -> [Term] {
        (terms[.tag] ?? [:]).values.sorted { $0.slug < $1.slug }
    }

    /// The categories, sorted by slug, each with its parent and children: those posts name
    /// and, without posts of their own, the categories they are filed in.
    func categories(in hierarchy: CategoryHierarchy) -> [Term] {
        var categories = terms[.category] ?? [:]
        for slug in categories.keys {
            for ancestor in hierarchy.ancestry(of: slug).dropFirst() where categories[ancestor] == nil {
                categories[ancestor] = term(.category, named: hierarchy.names[ancestor] ?? ancestor, key: ancestor)
            }
        }
        let links = categories.mapValues { TermLink(name: $0.name, url: $0.url) }
        for slug in categories.keys.sorted() {
            guard let parent = hierarchy.parents[slug] else { continue }
            categories[slug]!.parent = links[parent]
            categories[parent]!.children.append(links[slug]!)
        }
        return categories.values.sorted { ($0.slug, $0.key) < ($1.slug, $1.key) }
    }

    /// The years with posts, newest first.
    func years() -> [YearArchive] {
        postsByYear.keys.sorted(by: >).map { year in
            YearArchive(year: year, url: config.paths.year(year, under: prefix), postIndexes: postsByYear[year]!, language: language)
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
}

private extension Term {
    /// Adds the post at `index`, unless it was just added (a name written twice on one post).
    mutating func file(_ index: Int) {
        if postIndexes.last != index { postIndexes.append(index) }
    }
}

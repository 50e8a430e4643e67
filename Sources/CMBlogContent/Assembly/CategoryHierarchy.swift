import CMBlogCore

/// The tree of categories that `categories.yml` describes, checked against the categories
/// posts name: every parent must be a category, the tree must have no cycle and be at most
/// `maxDepth` levels deep. Categories are compared by slug, as posts are filed.
struct CategoryHierarchy {
    /// How many levels the tree may have.
    static let maxDepth = CategorySetting.maxDepth

    /// The slug of each category's parent, by the category's slug.
    private(set) var parents: [String: String] = [:]
    /// The name of each category that settings name, by slug: as the file first writes it.
    private(set) var names: [String: String] = [:]
    /// The names of categories in other languages (`names:`), by slug, then language.
    private(set) var translatedNames: [String: [String: String]] = [:]
    /// What `categories.yml` says, as read.
    private(set) var settings: [CategorySetting] = []

    /// - Parameters:
    ///   - settings: What `categories.yml` says.
    ///   - postCategories: The categories posts name, drafts included.
    init(_ settings: [CategorySetting], postCategories: [String], diagnostics: inout [Diagnostic]) {
        self.settings = settings
        var known: [String: String] = [:]
        for name in postCategories + settings.map(\.name) { known[Slug.make(from: name)] = known[Slug.make(from: name)] ?? name }
        var declared: [String: CategorySetting] = [:]
        for setting in settings {
            let slug = Slug.make(from: setting.name)
            if let first = declared[slug] {
                diagnostics.append(Diagnostic(.error, at: setting.location, """
                    '\(setting.name)' is the category '\(first.name)' of line \(first.location.line ?? 0) again; \
                    write each category once
                    """))
                continue
            }
            declared[slug] = setting
            names[slug] = setting.name
            if !setting.names.isEmpty { translatedNames[slug] = setting.names.mapValues(\.name) }
            guard let parent = setting.parent else { continue }
            let parentSlug = Slug.make(from: parent)
            guard let parentName = known[parentSlug] else {
                let hint = Suggestion.closest(to: parent, among: known.values.sorted()).map { "; did you mean '\($0)'?" }
                    ?? "; name a category of a post, or list '\(parent)' in categories.yml"
                diagnostics.append(Diagnostic(.error, at: setting.parentLocation ?? setting.location,
                                              "unknown parent category '\(parent)' of '\(setting.name)'\(hint)"))
                continue
            }
            names[parentSlug] = names[parentSlug] ?? parentName
            parents[slug] = parentSlug
        }
        diagnostics += breakCycles(declared)
        diagnostics += depthProblems(declared)
    }

    /// The slugs from `slug` up to the top, `slug` first; stops before a slug met twice.
    func ancestry(of slug: String) -> [String] {
        var chain = [slug]
        while let parent = parents[chain.last!], !chain.contains(parent) { chain.append(parent) }
        return chain
    }

    /// An error naming each cycle (`A → B → A`), at the line of its first category in the
    /// file; the cycle is cut there, so nothing loops.
    private mutating func breakCycles(_ declared: [String: CategorySetting]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for setting in declared.values.sorted(by: { $0.location < $1.location }) {
            let chain = ancestry(of: Slug.make(from: setting.name))
            guard let last = chain.last, let parent = parents[last], let start = chain.firstIndex(of: parent) else { continue }
            let cycle = chain[start...]
            let first = cycle.min { declared[$0]!.location < declared[$1]!.location }!
            let described = (cycle + [parent]).map { "'\(names[$0] ?? $0)'" }.joined(separator: " → ")
            diagnostics.append(Diagnostic(.error, at: declared[first]!.location,
                                          "categories are filed in each other: \(described); give one of them another parent"))
            parents[first] = nil
        }
        return diagnostics
    }

    /// An error at each category deeper than `maxDepth` levels.
    private func depthProblems(_ declared: [String: CategorySetting]) -> [Diagnostic] {
        declared.values.sorted { $0.location < $1.location }.compactMap { setting in
            let chain = ancestry(of: Slug.make(from: setting.name))
            guard chain.count > Self.maxDepth else { return nil }
            let path = chain.reversed().map { names[$0] ?? $0 }.joined(separator: " › ")
            return Diagnostic(.error, at: setting.location,
                              "'\(setting.name)' is \(chain.count) levels deep (\(path)); categories nest at most \(Self.maxDepth) levels")
        }
    }

    /// The names in `language`, by slug (empty on one-language sites).
    func names(in language: String) -> [String: String] {
        translatedNames.compactMapValues { $0[language] }
    }

    /// On a site with `languages:`, a name given in a language the site does not list is a warning.
    func languageProblems(_ config: SiteConfig) -> [Diagnostic] {
        guard config.isMultilingual else { return [] }
        return settings.flatMap { setting in
            setting.names.filter { !config.siteLanguages.contains($0.key) }.sorted { $0.key < $1.key }.map { language, name in
                Diagnostic(.warning, at: name.location, """
                    '\(setting.name)' is named in \(language), which is not one of the site's languages \
                    (\(config.siteLanguages.joined(separator: ", "))); this name is not used
                    """)
            }
        }
    }
}

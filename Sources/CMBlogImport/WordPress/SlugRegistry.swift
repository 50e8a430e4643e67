/// The slugs given so far in an import, which gives an item whose slug is taken the first
/// free `slug-2`, `slug-3`, … in time proportional to the items, however many share a slug.
struct SlugRegistry {
    private var used: Set<String> = []
    /// For each slug already taken, the suffix to try next.
    private var nextSuffix: [String: Int] = [:]

    /// `slug` when it is free, else the first free `slug-N`; either way it is taken.
    mutating func claim(_ slug: String) -> String {
        var claimed = slug
        if used.contains(slug) {
            var suffix = nextSuffix[slug, default: 2]
            while used.contains("\(slug)-\(suffix)") { suffix += 1 }
            nextSuffix[slug] = suffix + 1
            claimed = "\(slug)-\(suffix)"
        }
        used.insert(claimed)
        return claimed
    }
}

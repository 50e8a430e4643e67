/// Where the share card drawn for a post or page is published, and its size.
public enum GeneratedCard {
    /// 1200 × 630, the size Open Graph and X cards show whole.
    public static let size = ImageSize(width: 1200, height: 630)

    /// Beside the page: `/2026/03/slug/` → `/2026/03/slug/card.png`, `/about.html` → `/about.card.png`.
    public static func path(forPage page: SitePath) -> SitePath {
        let canonical = page.canonical
        if canonical.value.hasSuffix("/") { return canonical.appending(file: "card.png") }
        let value = canonical.value
        let name = value[(value.lastIndex(of: "/") ?? value.startIndex)...]
        let stem = name.lastIndex(of: ".").map { String(value[..<$0]) } ?? value
        return (try? SitePath(file: stem + ".card.png")) ?? canonical.appending(file: "card.png")
    }
}

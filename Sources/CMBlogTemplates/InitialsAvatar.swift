import CMBlogMarkdown

/// The picture of an author who has no photo: their initials on the accent colour, as SVG, so
/// no page ever shows a broken image.
public enum InitialsAvatar {
    /// The theme's accent when the site sets none.
    static let defaultColor = "#9b3d12"

    /// Up to two initials: the first letters of the first and last words of `name`.
    public static func initials(of name: String) -> String {
        let words = name.split(whereSeparator: { $0.isWhitespace || $0 == "-" }).filter { $0.first?.isLetter == true }
        let letters = [words.first, words.count > 1 ? words.last : nil].compactMap { $0?.first }
        return letters.map { $0.uppercased() }.joined()
    }

    /// The SVG document.
    public static func svg(name: String, color: String?) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96" width="96" height="96" role="img" aria-label="\(HTMLText.escape(name))">
        <rect width="96" height="96" rx="48" fill="\(HTMLText.escape(color ?? defaultColor))"/>
        <text x="48" y="48" dy="0.35em" text-anchor="middle" font-family="system-ui, sans-serif" font-size="38" font-weight="600" fill="#fff">\(HTMLText.escape(initials(of: name)))</text>
        </svg>

        """
    }
}

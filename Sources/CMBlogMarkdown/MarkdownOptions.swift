import Foundation

/// How a Markdown text is turned into HTML.
public struct MarkdownOptions: Sendable {
    /// Whether raw HTML in the source is kept. True for posts (their authors are trusted);
    /// false for anything written by the public, where it is replaced by a comment.
    public var allowsRawHTML: Bool
    /// Whether to apply French typography: a narrow no-break space before `; : ! ?` and
    /// inside `« »`, in text only (never in code, URLs or HTML).
    public var frenchTypography: Bool
    /// Added to footnote ids (`fn-<scope>-1`) so the footnotes of several texts shown on one
    /// page, or in one feed, never collide. Usually the post's slug.
    public var footnoteScope: String
    /// Turns a heading's text into its id (the site's slug rules: "Réseaux sociaux" gives
    /// `reseaux-sociaux`); duplicates within a text get `-1`, `-2`…
    public var headingSlug: @Sendable (String) -> String

    public init(
        allowsRawHTML: Bool = true,
        frenchTypography: Bool = false,
        footnoteScope: String = "",
        headingSlug: @escaping @Sendable (String) -> String
    ) {
        self.allowsRawHTML = allowsRawHTML
        self.frenchTypography = frenchTypography
        self.footnoteScope = footnoteScope
        self.headingSlug = headingSlug
    }
}

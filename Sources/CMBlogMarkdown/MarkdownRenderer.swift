import Foundation

/// Turns GitHub-flavoured Markdown into HTML with cmark-gfm: tables, strikethrough, autolinks,
/// task lists, footnotes, smart punctuation, heading ids with anchors, and optional French
/// typography.
///
/// Safe to call from many tasks at once: calls into cmark-gfm are serialized (see `CmarkGate`).
public enum MarkdownRenderer {
    /// Renders `source`.
    public static func render(_ source: String, options: MarkdownOptions) -> RenderedMarkdown {
        let (html, headings) = CmarkGate.withExclusiveAccess {
            let document = CmarkDocument(parsing: source, allowsRawHTML: options.allowsRawHTML)
            if options.frenchTypography { TypographyPass.apply(to: document) }
            let headings = HeadingAnchors.apply(to: document, slug: options.headingSlug)
            return (document.html(), headings)
        }
        return RenderedMarkdown(html: FootnoteScoping.apply(to: html, scope: options.footnoteScope), headings: headings)
    }
}

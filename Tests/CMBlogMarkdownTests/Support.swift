import Foundation
import CMBlogMarkdown

/// Renders with the options of a post, a test slug function and an optional footnote scope.
func render(_ source: String, french: Bool = false, scope: String = "", rawHTML: Bool = true) -> RenderedMarkdown {
    MarkdownRenderer.render(source, options: MarkdownOptions(
        allowsRawHTML: rawHTML, frenchTypography: french, footnoteScope: scope,
        headingSlug: { text in
            text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
        }
    ))
}

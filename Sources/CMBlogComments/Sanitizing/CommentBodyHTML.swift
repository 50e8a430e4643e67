import CMBlogMarkdown

/// The HTML shown for a comment body, whatever form it was stored in.
public enum CommentBodyHTML {
    /// `body` made into safe HTML. Blocks without paragraph markup (plain text, or text with
    /// inline tags, as WordPress stores comments) get paragraphs and line breaks by the rules
    /// WordPress bodies are shown with; then the result is sanitized.
    public static func render(_ body: String) -> String {
        CommentSanitizer.sanitize(HTMLBodyRenderer.paragraphs(body))
    }
}

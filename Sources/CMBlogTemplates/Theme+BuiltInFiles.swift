/// The files of the theme compiled into cmblog, as they were embedded.
extension Theme {
    /// Each file of the built-in theme by path (`post.mustache`, `assets/style.css`), in
    /// base64: what a build cache hashes to tell one build of cmblog's theme from another.
    public static var builtInFiles: [String: String] { EmbeddedTheme.base64Files }
}

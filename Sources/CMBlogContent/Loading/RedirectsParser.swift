import CMBlogCore

/// Reads `redirects.yml`: a mapping of old paths to the paths that now answer them.
///
/// ```yaml
/// /category/actualites/: /categories/actualites/
/// /feed/: /feed.xml
/// ```
public enum RedirectsParser {
    /// The file, at the root of the repository.
    public static let fileName = "redirects.yml"

    /// The redirects of `text`, and an error at the line of each entry that is not an old path
    /// leading to a path of the site (an old path written twice is refused by the YAML reader).
    public static func parse(_ text: String, path: String = fileName) -> ([Redirect], [Diagnostic]) {
        let (entries, problems) = YAMLValue.mappingFileEntries(text, path: path, expected: "redirects must be a mapping of `/old/path/: /new/path/` lines")
        var redirects: [Redirect] = []
        var diagnostics = problems
        for entry in entries {
            let location = SourceLocation(path: path, line: entry.keyLine, column: entry.keyColumn)
            guard let from = try? SitePath(validating: entry.key), !entry.key.contains("://") else {
                diagnostics.append(Diagnostic(.error, at: location, "'\(entry.key)' is not an old path of this site, such as /category/news/"))
                continue
            }
            guard let target = entry.value.string, let to = try? SitePath(validating: target) else {
                diagnostics.append(.error("the redirect of \(entry.key) must lead to a path of this site, such as /categories/news/", path: path, line: entry.value.line, column: entry.value.column))
                continue
            }
            redirects.append(Redirect(from: from, to: to, location: location))
        }
        return (redirects, diagnostics)
    }
}

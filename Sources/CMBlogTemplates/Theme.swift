import CMBlogCore
import Foundation

/// A set of templates, static assets and interface strings: the default theme, with the files
/// of a site's `templates/` folder replacing those of the same name.
public struct Theme: Sendable {
    /// Mustache sources by template name (`post`, `partials/byline`, `sitemap.xml`).
    public var templates: [String: ThemeFile]
    /// Files copied under `/assets/`, by path inside it (`style.css`).
    public var assets: [String: Data]
    /// Interface strings by language (`en`, `fr`).
    public var localizations: [String: LocalizationTable]

    /// A theme file's text and where it came from, for diagnostics.
    public struct ThemeFile: Sendable {
        public var text: String
        /// `templates/post.mustache`, or `(default theme) post.mustache`.
        public var origin: String
    }

    /// The theme compiled into cmblog, from the repository's `templates/` folder.
    public static let builtIn: Theme = {
        var theme = Theme(templates: [:], assets: [:], localizations: [:])
        for (path, base64) in EmbeddedTheme.base64Files.sorted(by: { $0.key < $1.key }) {
            guard let data = Data(base64Encoded: base64) else { continue }
            // The built-in theme is part of the program: it is known to parse.
            try? theme.add(path: path, data: data, origin: "(default theme) \(path)")
        }
        return theme
    }()

    /// Adds or replaces one file, by its path inside a theme folder.
    mutating func add(path: String, data: Data, origin: String) throws(DiagnosticError) {
        if path.hasPrefix("assets/") {
            assets[String(path.dropFirst("assets/".count))] = data
        } else if path.hasPrefix("i18n/") && path.hasSuffix(".yml") {
            let language = String(path.dropFirst("i18n/".count).dropLast(".yml".count))
            let text = try SourceText.decode(data, path: origin)
            localizations[language] = LocalizationTable(try YAMLValue.parse(text, path: origin))
        } else if path.hasSuffix(".mustache") {
            templates[String(path.dropLast(".mustache".count))] = ThemeFile(text: try SourceText.decode(data, path: origin), origin: origin)
        }
    }
}

import Foundation

/// Makes footnote ids unique to one text, so two texts on one page never share an id.
enum FootnoteScoping {
    /// `html` with `fn-…` and `fnref-…` ids and their links prefixed with `scope`.
    static func apply(to html: String, scope: String) -> String {
        guard !scope.isEmpty, html.contains("fnref-") else { return html }
        var scoped = html
        for (prefix, name) in [("id=\"", "fn"), ("href=\"#", "fn"), ("id=\"", "fnref"), ("href=\"#", "fnref")] {
            scoped = scoped.replacingOccurrences(of: "\(prefix)\(name)-", with: "\(prefix)\(name)-\(scope)-")
        }
        return scoped
    }
}

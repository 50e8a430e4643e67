/// The namespace of WordPress's own elements (`wp:`), in every form exports have used:
/// `http://wordpress.org/export/1.0/` (WordPress 2.x) to `https://wordpress.org/export/1.2/`.
enum WordPressNamespace {
    /// What an export is checked for, as an error message names it.
    static let description = "http or https://wordpress.org/export/1.0/, 1.1/ or 1.2/"

    /// Whether `uri` is one of WordPress's namespaces: `http(s)://wordpress.org/export/<version>/`.
    static func isWordPress(_ uri: String) -> Bool {
        let rest: Substring
        if uri.hasPrefix("http://wordpress.org/export/") {
            rest = uri.dropFirst("http://wordpress.org/export/".count)
        } else if uri.hasPrefix("https://wordpress.org/export/") {
            rest = uri.dropFirst("https://wordpress.org/export/".count)
        } else {
            return false
        }
        guard rest.hasSuffix("/") else { return false }
        let version = rest.dropLast()
        return !version.isEmpty && version.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
    }

    /// The WordPress namespace `channel` uses: that of its `wp:wxr_version`, else (exports of
    /// WordPress before 2.5 have none) that of the first WordPress element of the channel or
    /// of an item; nil when there is none.
    static func used(in channel: XMLNode) -> String? {
        let candidates = channel.children.filter { $0.name == "wxr_version" } + channel.children
            + channel.children("item").flatMap(\.children)
        return candidates.lazy.map(\.namespace).first(where: isWordPress)
    }
}

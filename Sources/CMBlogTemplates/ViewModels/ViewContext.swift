import CMBlogComments
import CMBlogContent
import CMBlogCore
import CMBlogMarkdown
import Foundation

/// What every view model of one page shares: the part of the site it may read, in the
/// page's language, and how links, dates and labels are written there.
///
/// A class, so the many small views of a page share it rather than copy it.
final class ViewContext {
    let sources: PageSources

    init(sources: PageSources) {
        self.sources = sources
    }

    var config: SiteConfig { sources.config }
    var localization: Localization { sources.localization }

    /// A link to a site path, as written in pages (`/blog/2012/03/slug/`).
    func link(_ path: SitePath) -> String { config.link(to: path) }

    /// The absolute URL of a site path.
    func absolute(_ path: SitePath) -> String { config.absoluteURL(of: path) }

    /// A link to a file named in content (`/images/a.jpg`, `images/a.jpg`, or a full URL).
    func fileLink(_ raw: String) -> String {
        if raw.contains("://") || raw.hasPrefix("//") || raw.hasPrefix("data:") { return raw }
        return config.basePath + raw.drop(while: { $0 == "/" })
    }

    /// An absolute URL for a file link (`/images/a.jpg` → `https://site/images/a.jpg`).
    func absoluteFileURL(_ raw: String) -> String { config.absoluteURL(ofFile: raw) }

    /// A date as readers of the page's language write it.
    func dateText(_ date: Date) -> String { localization.date(date, in: config.timeZone) }

    /// A date for `datetime` attributes.
    func dateISO(_ date: Date) -> String { DateText.iso8601(date, in: config.timeZone) }

    /// A description for meta tags: the summary, else the excerpt's text, cut at a word near 160 characters.
    func description(of entry: Entry) -> String {
        if let summary = entry.summary { return summary }
        let text = entry.body.excerptText
        guard text.count > 160 else { return text }
        let cut = text.prefix(160)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }

    /// What follows item `index` of `count` in a sentence: ", ", " and ", or nothing.
    func listSeparator(after index: Int, count: Int) -> String {
        index == count - 1 ? "" : index == count - 2 ? " \(localization.text("and")) " : ", "
    }

    /// The label of a profile link; `website` is translated.
    func linkLabel(_ link: ProfileLink) -> String {
        link.name.lowercased() == "website" ? localization.text("website") : link.label
    }

    /// The picture of an author: their `avatar:`, else the generated initials.
    func avatarLink(_ author: Author) -> String {
        author.avatar.map(fileLink) ?? link(sources.generatedAvatarPath(author.id))
    }

    /// The page of an author.
    func authorLink(_ id: String) -> String { link(sources.authorPath(id)) }

    /// "A", "A and B", "A, B and C" as plain text, for `<meta name="author">`.
    func authorNames(_ ids: [String]) -> String {
        BylineAuthorView.list(ids, context: self).map { $0.name + $0.separator }.joined()
    }

    /// A commenter's name, or the localized "Anonymous".
    func commenterName(_ comment: Comment) -> String {
        comment.author.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } ?? localization.text("anonymous")
    }

    /// How a reader checks a signed file with minisign.
    static func verifyCommand(file: String, key: String) -> String { "minisign -Vm \(file) -P \(key)" }
}

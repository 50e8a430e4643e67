import CMBlogContent
import CMBlogCore

/// A post's categories or tags as templates see them (`name`, `url` of each), made only when a
/// template shows them.
///
/// A post is listed on the page of each of its terms, and list items rarely show terms: made
/// in advance, a post with thousands of tags would make thousands of links for each of
/// thousands of pages.
struct TermLinksView: TemplateSequence {
    let terms: [TermLink]
    let config: SiteConfig

    func forEachItem(_ body: (Any) -> Void) {
        for term in terms { body(NamedLink(name: term.name, url: config.link(to: term.url))) }
    }

    var hasItems: Bool { !terms.isEmpty }
}

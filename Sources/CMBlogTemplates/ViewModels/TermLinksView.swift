import CMBlogContent
import CMBlogCore
import Mustache

/// A post's categories or tags as templates see them (`name`, `url` of each), made only when a
/// template shows them.
///
/// A post is listed on the page of each of its terms, and list items rarely show terms: made
/// in advance, a post with thousands of tags would make thousands of links for each of
/// thousands of pages. Transforms (`{{count(tags)}}`, `{{#first(tags)}}`…) work as on a list.
struct TermLinksView: MustacheSequence, MustacheTransformable {
    let terms: [TermLink]
    let config: SiteConfig

    func makeIterator() -> some IteratorProtocol<NamedLink> {
        terms.lazy.map { [config] term in NamedLink(name: term.name, url: config.link(to: term.url)) }.makeIterator()
    }

    func transform(_ name: String) -> Any? { Array(self).transform(name) }
}

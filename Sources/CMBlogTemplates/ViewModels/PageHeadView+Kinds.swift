import CMBlogContent
import CMBlogCore
import CMBlogFeeds

extension PageHeadView {
    /// The head of a post or page: its card, authors, fediverse creators, comment feed, and a
    /// `BlogPosting` (or `WebPage`) with its breadcrumbs.
    static func entry(_ resolved: ResolvedEntry, kind: String, context: ViewContext) -> PageHeadView {
        let entry = resolved.entry
        var head = PageHeadView(kind: kind, title: entry.title, description: context.description(of: entry), path: resolved.url, context: context)
        let authors = entry.authorIDs.compactMap { context.sources.author($0) }
        head.card = context.entryCard(resolved)
        if let url = context.commentFeedURL(resolved) {
            let title = context.localization.text("comments_feed_title", ["title": entry.title])
            head.feeds.append(FeedLink(type: FeedFormat.atom.mediaType, title: title, url: url))
        }
        head.authorNames = context.authorNames(entry.authorIDs)
        head.authorLinks = authors.map { context.absolute(context.sources.authorPath($0.id)) }
        head.fediverseCreators = authors.compactMap(\.fediverse)
        let home = context.sources.homePath(context.sources.edition)
        var trail = [(name: context.config.title, path: home)]
        if let category = resolved.categoryTerms.first, entry.kind == .post { trail.append((category.name, category.url)) }
        trail.append((entry.title, resolved.url))
        head.jsonLD = [context.posting(resolved, image: head.card.image), context.breadcrumbs(trail)]
        head.isDraft = resolved.isPreviewOnly
        return head
    }

    /// The head of an author's page: their feeds, their profiles as `rel="me"`, their card and
    /// a `ProfilePage` about them.
    static func author(_ author: Author, title: String, description: String, at path: SitePath, context: ViewContext) -> PageHeadView {
        var head = PageHeadView(kind: "author", title: title, description: description, path: path, context: context)
        head.feeds = context.feedLinks([.site, .author(author, language: context.sources.edition)])
        head.meLinks += author.links.map(\.url)
        head.card = context.authorCard(author, title: title, description: description)
        // The second and later pages of their posts are pages of their own: their card is too.
        head.card.url = head.canonicalURL
        let home = context.sources.homePath(context.sources.edition)
        let trail = [(name: context.config.title, path: home),
                     (context.localization.text("authors_title"), home.appending(folder: context.config.paths.authors)),
                     (author.name, context.sources.authorPath(author.id))]
        let profile = JSONLD.object(["@context": .string("https://schema.org"), "@type": .string("ProfilePage"), "mainEntity": context.person(author)])
        head.jsonLD = [profile, context.breadcrumbs(trail)]
        return head
    }
}

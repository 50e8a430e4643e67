import CMBlogComments
import CMBlogContent
import CMBlogCore
import CMBlogMarkdown
import Foundation

/// Atom feeds of comments: one per post or page with a conversation (as WordPress had), and
/// one of the site's recent comments.
public struct CommentFeeds: Sendable {
    /// What a comment feed follows.
    public enum Scope: Sendable {
        /// The comments of one post or page.
        case entry(ResolvedEntry)
        /// The newest comments of the whole site.
        case recent
    }

    /// The file name of a comment feed, beside its page (or at the root for recent comments).
    public static let fileName = "comments.xml"

    let site: Site
    let archive: CommentArchive
    let localization: @Sendable (String) -> Localization

    /// - Parameter localization: The interface strings of a language, for feed and item titles.
    public init(site: Site, archive: CommentArchive, localization: @escaping @Sendable (String) -> Localization) {
        self.site = site
        self.archive = archive
        self.localization = localization
    }

    private var config: SiteConfig { site.config }

    /// Every scope that gets a comment feed: entries with at least one comment, then the
    /// recent comments when the site has any; none when `feeds: comments:` turns them off.
    public var scopes: [Scope] {
        let entries = (site.posts + site.pages).filter { Self.hasFeed($0, archive: archive, config: config) }
        return entries.map { .entry($0) } + (entries.isEmpty ? [] : [.recent])
    }

    /// Whether `entry` has a comment feed, which its page then links: comment feeds are on
    /// and it has at least one comment, and it is not a draft or a post not due yet.
    public static func hasFeed(_ entry: ResolvedEntry, archive: CommentArchive, config: SiteConfig) -> Bool {
        config.feeds.commentFeeds && !entry.isPreviewOnly && archive.thread(of: entry)?.commentCount ?? 0 > 0
    }

    /// Where the comment feed of `entry` is published: in its page's folder, or beside its
    /// page, with the page's name, when the page is a file (`/about.html` gives `/about-comments.xml`).
    public static func path(of entry: ResolvedEntry) -> SitePath {
        path(ofPage: entry.url)
    }

    /// Where the comment feed of the page at `url` is published (see `path(of:)`).
    public static func path(ofPage url: SitePath) -> SitePath {
        let page = url.canonical
        guard !page.value.hasSuffix("/") else { return page.appending(file: fileName) }
        let name = String(page.value.dropFirst(page.directory.count))
        let stem = name.contains(".") ? String(name[..<name.lastIndex(of: ".")!]) : name
        return page.appending(file: stem + "-" + fileName)
    }

    /// Where a scope's feed is published.
    public func path(of scope: Scope) -> SitePath {
        switch scope {
        case .entry(let entry): Self.path(of: entry)
        case .recent: SitePath.root.appending(file: Self.fileName)
        }
    }

    /// The language a scope's feed states: on a site with `languages:`, a conversation's is its
    /// entry's; the site's otherwise.
    private func language(of scope: Scope) -> String {
        guard case .entry(let entry) = scope else { return config.language }
        return site.edition(of: entry)
    }

    /// The feed of a scope (Atom is the only format written for comments).
    public func feed(for scope: Scope) -> Feed {
        let (title, homeURL, pairs): (String, String, [(ResolvedEntry, PublishedComment)]) = switch scope {
        case .entry(let entry):
            (localization(site.language(of: entry)).text("comments_feed_title", ["title": entry.entry.title]),
             config.absoluteURL(of: entry.url) + "#comments",
             (archive.thread(of: entry)?.conversation ?? []).reversed().map { (entry, $0) })
        case .recent:
            (localization(config.language).text("recent_comments_feed_title", ["site": config.title]), config.absoluteURL(of: .root),
             archive.recentComments(in: site, limit: config.feeds.items).map { ($0.entry, $0.comment) })
        }
        let kept = config.feeds.items == 0 ? pairs : Array(pairs.prefix(config.feeds.items))
        let items = kept.map { item($1, on: $0) }
        return Feed(
            title: title,
            subtitle: "",
            homeURL: homeURL,
            selfURLs: [.atom: config.absoluteURL(of: path(of: scope))],
            language: language(of: scope),
            iconURL: config.image.map(config.absoluteURL(ofFile:)),
            updated: items.compactMap(\.published).max(),
            hubURL: config.websubHub,
            timeZone: config.timeZone,
            items: items
        )
    }

    private func item(_ published: PublishedComment, on entry: ResolvedEntry) -> FeedItem {
        let comment = published.comment
        let language = site.language(of: entry)
        let name = comment.author ?? localization(language).text("anonymous")
        let url = config.absoluteURL(of: entry.url) + "#" + published.anchor
        let authorURL = published.siteAuthorID.map { config.absoluteURL(of: site.authorPath($0)) } ?? published.authorURL
        return FeedItem(
            id: url,
            url: url,
            title: localization(language).text("comment_feed_item", ["name": name, "title": entry.entry.title]),
            contentHTML: published.bodyHTML,
            content: .full,
            summary: HTMLText.plainText(published.bodyHTML),
            published: comment.date,
            updated: nil,
            authors: [FeedPerson(name: name, url: authorURL, avatarURL: nil)],
            categories: [],
            imageURL: nil,
            language: language
        )
    }
}

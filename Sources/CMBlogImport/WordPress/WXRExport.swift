import CMBlogCore
import Foundation

/// The parts of a WordPress export (WXR 1.0 to 1.2) an import uses, read from its XML.
struct WXRExport {
    struct Author {
        var id: String
        var login: String
        var email: String?
        var displayName: String
    }

    struct Term {
        /// `category`, `post_tag`, or a custom taxonomy.
        var domain: String
        var slug: String
        /// Plain text (see `StoredText`).
        var name: String
    }

    struct Comment {
        var id: String
        /// Plain text (see `StoredText`).
        var author: String
        var email: String?
        var url: String?
        var date: String
        var dateGMT: String?
        var content: String
        /// `1`, `0`, `spam`, `trash`, `post-trashed`.
        var approved: String
        /// Empty or `comment`, `pingback`, `trackback`.
        var type: String
        var parent: String?
        var userID: String?
        var line: Int
    }

    struct Item {
        /// Plain text: tags dropped, entities decoded (see `StoredText`).
        var title: String
        var link: String
        var guid: String?
        /// The author's login as `dc:creator` gives it, untouched (see `CreatorLogin`).
        var creator: String?
        var content: String
        var excerpt: String
        var postID: String
        var postName: String
        /// `publish`, `draft`, `pending`, `private`, `future`, `trash`, `inherit`.
        var status: String
        /// The password that protected the item on WordPress; nil when it had none.
        var password: String?
        /// `post`, `page`, `attachment`, `nav_menu_item`, …
        var type: String
        var parentID: String?
        /// The local `wp:post_date`, empty when missing or zero.
        var date: String
        var dateGMT: String?
        /// The RSS `pubDate`, which WXR 1.0 items may carry instead of `wp:post_date`.
        var pubDate: String?
        var commentStatus: String?
        var pingStatus: String?
        var terms: [Term]
        var attachmentURL: String?
        /// The item's `wp:postmeta` values by key (the first of a repeated key).
        var meta: [String: String]
        /// Whether WordPress kept it at the top of the blog's first page (`wp:is_sticky`, WXR 1.2).
        var isSticky: Bool
        var comments: [Comment]
        var line: Int
    }

    var title = ""
    var link = ""
    var description = ""
    var language = ""
    var version = ""
    var authors: [Author] = []
    /// Categories declared by the export, with their parents (`wp:category`).
    var categories: [DeclaredCategory] = []
    var items: [Item] = []
}

extension WXRExport {
    static let contentNamespace = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCoreNamespace = "http://purl.org/dc/elements/1.1/"

    /// Reads the export from its root element.
    /// - Throws: `WXRFormatError` when the file is not a WordPress export.
    init(root: XMLNode) throws(WXRFormatError) {
        guard root.name == "rss", let channel = root.child("channel") else {
            throw WXRFormatError(line: root.line, reason: "this is not a WordPress export: its root is <\(root.name)>, not <rss><channel>")
        }
        guard let wp = WordPressNamespace.used(in: channel) else {
            throw WXRFormatError(line: channel.line, reason: "this RSS file has no <wp:wxr_version> nor any element in WordPress's namespace (looked for \(WordPressNamespace.description)); export it from WordPress with Tools → Export")
        }
        version = channel.text(of: "wxr_version", in: wp)?.trimmed ?? "1.0"
        title = StoredText.plain(channel.text(of: "title") ?? "")
        link = channel.text(of: "link")?.trimmed ?? ""
        description = StoredText.plain(channel.text(of: "description") ?? "")
        language = channel.text(of: "language")?.trimmed ?? ""
        authors = channel.children("author", in: wp).map { node in
            let login = node.text(of: "author_login", in: wp)?.trimmed ?? ""
            return Author(
                id: node.text(of: "author_id", in: wp)?.trimmed ?? "",
                login: login,
                email: node.text(of: "author_email", in: wp)?.trimmed.nonEmpty,
                displayName: node.text(of: "author_display_name", in: wp).map(StoredText.plain)?.nonEmpty ?? login
            )
        }
        categories = channel.children("category", in: wp).compactMap { node in
            guard let slug = node.text(of: "category_nicename", in: wp)?.trimmed.nonEmpty else { return nil }
            return DeclaredCategory(slug: slug, parent: node.text(of: "category_parent", in: wp)?.trimmed.nonEmpty,
                                    name: node.text(of: "cat_name", in: wp).map(StoredText.plain)?.nonEmpty, line: node.line)
        }
        items = channel.children("item").map { Self.item($0, wp: wp) }
    }

    private static func item(_ node: XMLNode, wp: String) -> Item {
        let content = node.children("encoded").first { $0.namespace == contentNamespace }?.text ?? ""
        let excerpt = node.children("encoded").first { $0.namespace.contains("/excerpt/") }?.text ?? ""
        // WordPress 2.x wrote categories without a domain, and tags with `domain="tag"`.
        let terms = node.children("category").map { category in
            let domain = category.attributes["domain"] ?? "category"
            return Term(domain: domain == "tag" ? "post_tag" : domain, slug: category.attributes["nicename"] ?? "", name: StoredText.plain(category.text))
        }
        return Item(
            title: StoredText.plain(node.text(of: "title") ?? ""),
            link: node.text(of: "link")?.trimmed ?? "",
            guid: node.text(of: "guid")?.trimmed.nonEmpty,
            creator: node.text(of: "creator", in: dublinCoreNamespace)?.trimmed.nonEmpty,
            content: content,
            excerpt: excerpt.trimmed,
            postID: node.text(of: "post_id", in: wp)?.trimmed ?? "",
            postName: node.text(of: "post_name", in: wp)?.trimmed ?? "",
            status: node.text(of: "status", in: wp)?.trimmed.lowercased().nonEmpty ?? "publish",
            password: node.text(of: "post_password", in: wp)?.nonEmpty,
            type: node.text(of: "post_type", in: wp)?.trimmed.nonEmpty ?? "post",
            parentID: node.text(of: "post_parent", in: wp)?.trimmed.nonZero,
            date: node.text(of: "post_date", in: wp)?.trimmed.nonZeroDate ?? "",
            dateGMT: node.text(of: "post_date_gmt", in: wp)?.trimmed.nonZeroDate,
            pubDate: node.text(of: "pubDate")?.trimmed.nonEmpty,
            commentStatus: node.text(of: "comment_status", in: wp)?.trimmed.nonEmpty,
            pingStatus: node.text(of: "ping_status", in: wp)?.trimmed.nonEmpty,
            terms: terms,
            attachmentURL: node.text(of: "attachment_url", in: wp)?.trimmed.nonEmpty,
            meta: meta(of: node, wp: wp),
            isSticky: node.text(of: "is_sticky", in: wp)?.trimmed == "1",
            comments: node.children("comment", in: wp).map { comment($0, wp: wp) },
            line: node.line
        )
    }

    private static func meta(of node: XMLNode, wp: String) -> [String: String] {
        let pairs = node.children("postmeta", in: wp).compactMap { meta in
            meta.text(of: "meta_key", in: wp).map { ($0.trimmed, meta.text(of: "meta_value", in: wp) ?? "") }
        }
        return Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }

    private static func comment(_ node: XMLNode, wp: String) -> Comment {
        return Comment(
            id: node.text(of: "comment_id", in: wp)?.trimmed ?? "",
            author: StoredText.plain(node.text(of: "comment_author", in: wp) ?? ""),
            email: node.text(of: "comment_author_email", in: wp)?.trimmed.nonEmpty,
            url: node.text(of: "comment_author_url", in: wp)?.trimmed.nonEmpty,
            date: node.text(of: "comment_date", in: wp)?.trimmed ?? "",
            dateGMT: node.text(of: "comment_date_gmt", in: wp)?.trimmed.nonZeroDate,
            content: node.text(of: "comment_content", in: wp) ?? "",
            approved: node.text(of: "comment_approved", in: wp)?.trimmed ?? "1",
            type: node.text(of: "comment_type", in: wp)?.trimmed ?? "",
            parent: node.text(of: "comment_parent", in: wp)?.trimmed.nonZero,
            userID: node.text(of: "comment_user_id", in: wp)?.trimmed.nonZero,
            line: node.line
        )
    }
}

extension WXRExport.Item {
    /// The slug WordPress gave the item (percent-decoded), else one made from its title, its
    /// old address or its id (WXR 1.0 items may have no `wp:post_name`).
    var slug: String {
        let decoded = postName.removingPercentEncoding ?? postName
        let lastSegment = OldURL(link).path.split(separator: "/").last.map(String.init) ?? ""
        return Slug.make(from: decoded).nonEmpty ?? Slug.make(from: title).nonEmpty ?? Slug.make(from: lastSegment).nonEmpty
            ?? (postID.isEmpty ? type : "\(type)-\(postID)")
    }

    /// When it was published: its GMT or local WordPress date, else (WXR 1.0) its `pubDate`.
    func instant(in timeZone: TimeZone) -> Date? {
        WordPressDate.instant(local: date, gmt: dateGMT, timeZone: timeZone) ?? pubDate.flatMap(WordPressDate.rss)
    }

    /// The login of its author, `dc:creator` cleaned (see `CreatorLogin`).
    var login: String? { creator.flatMap(CreatorLogin.clean) }

    /// Whether it becomes a post or a page: one that was not trashed.
    var isEntry: Bool { ["post", "page"].contains(type) && status != "trash" }

    /// Why the item was not public on WordPress, if it was not.
    var privacy: PrivatePost? {
        if password != nil { return .passwordProtected }
        return status == "private" ? .privateStatus : nil
    }
}

/// A category the export declares: its slug, its parent's slug (which nests its old URL),
/// its name (plain text) and its line.
struct DeclaredCategory {
    var slug: String
    var parent: String?
    var name: String?
    var line: Int
}

/// A file that parses as XML but is not a WordPress export.
struct WXRFormatError: Error {
    let line: Int
    let reason: String
}

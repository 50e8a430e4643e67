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
        /// `category` or `post_tag`.
        var domain: String
        var slug: String
        var name: String
    }

    struct Comment {
        var id: String
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
        var title: String
        var link: String
        var guid: String?
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
        var date: String
        var dateGMT: String?
        var commentStatus: String?
        var pingStatus: String?
        var terms: [Term]
        var attachmentURL: String?
        var comments: [Comment]
        var line: Int
    }

    var title = ""
    var link = ""
    var description = ""
    var language = ""
    var version = ""
    var authors: [Author] = []
    var items: [Item] = []
}

extension WXRExport {
    /// The namespace of WordPress's own elements, any version (`…/export/1.2/`).
    static let wordPressNamespace = "http://wordpress.org/export/"
    static let contentNamespace = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCoreNamespace = "http://purl.org/dc/elements/1.1/"

    /// Reads the export from its root element.
    /// - Throws: `WXRFormatError` when the file is not a WordPress export.
    init(root: XMLNode) throws(WXRFormatError) {
        guard root.name == "rss", let channel = root.child("channel") else {
            throw WXRFormatError(line: root.line, reason: "this is not a WordPress export: its root is <\(root.name)>, not <rss><channel>")
        }
        let wp = Self.wordPressNamespace
        guard let version = channel.text(of: "wxr_version", in: wp) else {
            throw WXRFormatError(line: channel.line, reason: "this RSS file has no <wp:wxr_version>; export it from WordPress with Tools → Export")
        }
        self.version = version.trimmed
        title = channel.text(of: "title")?.trimmed ?? ""
        link = channel.text(of: "link")?.trimmed ?? ""
        description = channel.text(of: "description")?.trimmed ?? ""
        language = channel.text(of: "language")?.trimmed ?? ""
        authors = channel.children("author", in: wp).map { node in
            let login = node.text(of: "author_login", in: wp)?.trimmed ?? ""
            return Author(
                id: node.text(of: "author_id", in: wp)?.trimmed ?? "",
                login: login,
                email: node.text(of: "author_email", in: wp)?.trimmed.nonEmpty,
                displayName: node.text(of: "author_display_name", in: wp)?.trimmed.nonEmpty ?? login
            )
        }
        items = channel.children("item").map(Self.item)
    }

    private static func item(_ node: XMLNode) -> Item {
        let wp = wordPressNamespace
        let content = node.children("encoded").first { $0.namespace == contentNamespace }?.text ?? ""
        let excerpt = node.children("encoded").first { $0.namespace.contains("/excerpt/") }?.text ?? ""
        let terms = node.children("category").compactMap { category -> Term? in
            guard let domain = category.attributes["domain"] else { return nil }
            return Term(domain: domain, slug: category.attributes["nicename"] ?? "", name: category.text.trimmed)
        }
        return Item(
            title: node.text(of: "title")?.trimmed ?? "",
            link: node.text(of: "link")?.trimmed ?? "",
            guid: node.text(of: "guid")?.trimmed.nonEmpty,
            creator: node.text(of: "creator", in: dublinCoreNamespace)?.trimmed.nonEmpty,
            content: content,
            excerpt: excerpt.trimmed,
            postID: node.text(of: "post_id", in: wp)?.trimmed ?? "",
            postName: node.text(of: "post_name", in: wp)?.trimmed ?? "",
            status: node.text(of: "status", in: wp)?.trimmed.lowercased() ?? "publish",
            password: node.text(of: "post_password", in: wp)?.nonEmpty,
            type: node.text(of: "post_type", in: wp)?.trimmed ?? "post",
            parentID: node.text(of: "post_parent", in: wp)?.trimmed.nonZero,
            date: node.text(of: "post_date", in: wp)?.trimmed ?? "",
            dateGMT: node.text(of: "post_date_gmt", in: wp)?.trimmed.nonZeroDate,
            commentStatus: node.text(of: "comment_status", in: wp)?.trimmed.nonEmpty,
            pingStatus: node.text(of: "ping_status", in: wp)?.trimmed.nonEmpty,
            terms: terms,
            attachmentURL: node.text(of: "attachment_url", in: wp)?.trimmed.nonEmpty,
            comments: node.children("comment", in: wp).map(comment),
            line: node.line
        )
    }

    private static func comment(_ node: XMLNode) -> Comment {
        let wp = wordPressNamespace
        return Comment(
            id: node.text(of: "comment_id", in: wp)?.trimmed ?? "",
            author: node.text(of: "comment_author", in: wp)?.trimmed ?? "",
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
    /// The slug WordPress gave the item (percent-decoded), else one made from its title or id.
    var slug: String {
        let decoded = postName.removingPercentEncoding ?? postName
        return Slug.make(from: decoded).nonEmpty ?? Slug.make(from: title).nonEmpty ?? "\(type)-\(postID)"
    }

    /// Why the item was not public on WordPress, if it was not.
    var privacy: PrivatePost? {
        if password != nil { return .passwordProtected }
        return status == "private" ? .privateStatus : nil
    }
}

/// A file that parses as XML but is not a WordPress export.
struct WXRFormatError: Error {
    let line: Int
    let reason: String
}

import CMBlogCore
import Foundation

/// The threads and posts of a Disqus export (`<disqus>` XML).
struct DisqusExport {
    struct Thread {
        var dsqID: String
        /// The identifier the site gave Disqus (often `<WordPress id> <old URL>`).
        var identifier: String
        var link: String
        var title: String
        var isClosed: Bool
        /// A thread deleted on Disqus: its comments are not imported.
        var isDeleted: Bool
        var line: Int
    }

    struct Post {
        var dsqID: String
        var threadID: String
        var parentID: String?
        var message: String
        var createdAt: String
        var authorName: String
        var authorEmail: String?
        var authorURL: String?
        var isDeleted: Bool
        var isSpam: Bool
        var line: Int
    }

    var threads: [Thread] = []
    var posts: [Post] = []

    init(root: XMLNode, path: String) throws(DiagnosticError) {
        guard root.name == "disqus" else {
            throw DiagnosticError(.error("this is not a Disqus export: its root is <\(root.name)>, not <disqus>", path: path, line: root.line))
        }
        threads = root.children("thread").map { node in
            Thread(
                dsqID: Self.dsqID(node),
                identifier: node.text(of: "id")?.trimmed ?? "",
                link: node.text(of: "link")?.trimmed ?? "",
                title: node.text(of: "title")?.trimmed ?? "",
                isClosed: node.text(of: "isClosed")?.trimmed == "true",
                isDeleted: node.text(of: "isDeleted")?.trimmed == "true",
                line: node.line
            )
        }
        posts = root.children("post").map { node in
            let author = node.child("author")
            let threadID = node.child("thread").map(Self.dsqID) ?? ""
            let message = node.text(of: "message") ?? ""
            let createdAt = node.text(of: "createdAt")?.trimmed ?? ""
            let authorName = author?.text(of: "name")?.trimmed ?? ""
            return Post(
                dsqID: Self.dsqID(node).nonEmpty ?? Self.derivedID(thread: threadID, date: createdAt, author: authorName, message: message),
                threadID: threadID,
                parentID: node.child("parent").map(Self.dsqID)?.nonEmpty,
                message: message,
                createdAt: createdAt,
                authorName: authorName,
                authorEmail: author?.text(of: "email")?.trimmed.nonEmpty,
                authorURL: author?.text(of: "link")?.trimmed.nonEmpty ?? author?.text(of: "url")?.trimmed.nonEmpty,
                isDeleted: node.text(of: "isDeleted")?.trimmed == "true",
                isSpam: node.text(of: "isSpam")?.trimmed == "true",
                line: node.line
            )
        }
    }

    /// The id of a comment that came without a `dsq:id`: made from its thread, date, author and
    /// text, so it is the same on every import and merging finds it again.
    private static func derivedID(thread: String, date: String, author: String, message: String) -> String {
        "disqus-" + Fingerprint.of(Data([thread, date, author, message].joined(separator: "\u{0}").utf8))
    }

    /// The `dsq:id` attribute, however the parser names it.
    private static func dsqID(_ node: XMLNode) -> String {
        node.attributes["dsq:id"] ?? node.attributes["id"] ?? node.attributes.first { $0.key.hasSuffix(":id") }?.value ?? ""
    }
}

import CMBlogComments
import CMBlogCore
import Foundation

/// Reads the webmentions of a post from webmention.io, or any endpoint answering its
/// `/api/mentions.jf2?target=…` in JF2: replies (`in-reply-to`) become comments, likes and
/// reposts counts, and every other mention (`mention-of`, `bookmark-of`, links) an entry of
/// the post's "Mentions". Mentions marked `wm-private` are never kept.
struct WebmentionReader: Sendable {
    let fetcher: JSONFetcher
    let settings: BackfeedSettings
    let factory: ItemFactory
    let endpoint: URL
    let token: String?
    /// Mentions asked for at a time; the pages are read until one comes back shorter.
    static let pageSize = 100
    /// Pages read at most for one post.
    static let maximumPages = 50

    func read(target: String) async throws -> Harvest {
        var harvest = Harvest(reactions: .init(source: .webmention, reposts: 0, likes: 0))
        for page in 0..<Self.maximumPages {
            var query = ["target": target, "per-page": String(Self.pageSize), "page": String(page)]
            if let token { query["token"] = token }
            let answer = try await fetcher.object(JSONFetcher.url(endpoint, path: "api/mentions.jf2", query: query), what: "webmentions of \(target)")
            guard let children = answer["children"] as? [Any] else { throw BackfeedError("webmentions of \(target): the answer has no `children` list") }
            for case let mention as [String: Any] in children { add(mention, to: &harvest) }
            if children.count < Self.pageSize { break }
        }
        return harvest
    }

    private func add(_ mention: [String: Any], to harvest: inout Harvest) {
        let property = mention["wm-property"] as? String ?? "mention-of"
        let url = mention["url"] as? String ?? mention["wm-source"] as? String
        let place = "webmention \(url ?? "?")"
        guard mention["wm-private"] as? Bool != true else { return harvest.skipped.append("\(place): private") }
        let author = mention["author"] as? [String: Any] ?? [:]
        guard !settings.blocks(account: nil, url: url), !settings.blocks(account: nil, url: author["url"] as? String) else {
            return harvest.skipped.append("\(place): on the blocklist")
        }
        switch property {
        case "like-of": harvest.reactions?.likes += 1
        case "repost-of": harvest.reactions?.reposts += 1
        default:
            guard let id = mention["wm-id"].map({ "\($0)" }), let date = factory.date(mention["published"]) ?? factory.date(mention["wm-received"]) else {
                return harvest.skipped.append("\(place): malformed, no wm-id or date")
            }
            let content = mention["content"] as? [String: Any]
            let body = (content?["html"] as? String).map(CommentSanitizer.sanitize)
                ?? (content?["text"] as? String).map { ByteEscaper.html.escape($0) } ?? ""
            let isReply = property == "in-reply-to"
            var comment = Comment(
                id: "wm-\(ItemFactory.idPart(id))", author: isReply ? author["name"] as? String : (mention["name"] as? String ?? author["name"] as? String),
                url: isReply ? author["url"] as? String : url, date: date, kind: isReply ? .comment : .webmention,
                status: factory.moderation, body: body)
            comment.avatar = ItemFactory.webAddress(author["photo"])
            comment.source = .webmention
            comment.sourceURL = url
            harvest.items.append(comment)
        }
    }
}

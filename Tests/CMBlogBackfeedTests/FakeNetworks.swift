import CMBlogTestSupport
import Foundation

/// Mastodon, a Bluesky AppView and webmention.io, each on its own loopback server, answering in
/// the shapes those APIs return (Mastodon `Status` and `Context`, `getPostThread`'s
/// `threadViewPost`/`notFoundPost`/`blockedPost` with labels, webmention.io's JF2 feed).
///
/// What the networks hold can change between runs: replies deleted, a server limiting the
/// rate, an answer broken.
final class FakeNetworks: @unchecked Sendable {
    private let lock = NSLock()
    private var deleted: Set<String> = []
    private var failing: [String: LoopbackHTTPServer.Answer] = [:]
    private(set) var mastodon: LoopbackHTTPServer!
    private(set) var bluesky: LoopbackHTTPServer!
    private(set) var webmention: LoopbackHTTPServer!

    init() throws {
        mastodon = try LoopbackHTTPServer(answering: { [unowned self] request in answer(request) })
        bluesky = try LoopbackHTTPServer(answering: { [unowned self] request in answer(request) })
        webmention = try LoopbackHTTPServer(answering: { [unowned self] request in answer(request) })
    }

    /// Every request the three servers received.
    var requests: [LoopbackHTTPServer.Request] { mastodon.requests + bluesky.requests + webmention.requests }

    /// Deletes a reply (Mastodon status id, Bluesky record key or wm-id) on its network.
    func delete(_ id: String) { lock.withLock { _ = deleted.insert(id) } }

    /// Answers requests whose path contains `path` with `answer`.
    func fail(_ path: String, with answer: LoopbackHTTPServer.Answer) { lock.withLock { failing[path] = answer } }

    private func answer(_ request: LoopbackHTTPServer.Request) -> LoopbackHTTPServer.Answer {
        let (deleted, failing) = lock.withLock { (self.deleted, self.failing) }
        if let failure = failing.first(where: { request.path.contains($0.key) }) { return failure.value }
        let path = request.path.split(separator: "?").first.map(String.init) ?? request.path
        switch path {
        case "/api/v1/statuses/100": return Answer(status: 200, body: Self.mastodonStatus(id: "100", replyTo: nil, account: Self.brand, content: "<p>Tasting on Saturday</p>", counts: (12, 40)))
        case "/api/v1/statuses/100/context": return Answer(status: 200, body: Self.mastodonContext(deleted: deleted))
        case "/xrpc/com.atproto.identity.resolveHandle":
            return Answer(status: 200, body: #"{"did":"did:plc:brand"}"#)
        case "/xrpc/app.bsky.feed.getPostThread": return Answer(status: 200, body: Self.blueskyThread(deleted: deleted))
        case "/api/mentions.jf2": return Answer(status: 200, body: Self.webmentions(deleted: deleted))
        default: return Answer(status: 404, body: #"{"error":"Record not found"}"#)
        }
    }

    typealias Answer = LoopbackHTTPServer.Answer

    // MARK: - Mastodon

    static let brand = account(id: "1", username: "brand", acct: "brand", name: "Maison Exemple")

    static func account(id: String, username: String, acct: String, name: String, noindex: Bool = false, host: String = "social.example") -> String {
        """
        {"id":"\(id)","username":"\(username)","acct":"\(acct)","display_name":"\(name)","locked":false,"bot":false,\
        "discoverable":true,"indexable":\(!noindex),"group":false,"created_at":"2022-11-01T00:00:00.000Z","note":"<p></p>",\
        "url":"https://\(host)/@\(username)","uri":"https://\(host)/users/\(username)",\
        "avatar":"https://files.\(host)/accounts/avatars/\(id)/original/a.png","avatar_static":"https://files.\(host)/accounts/avatars/\(id)/original/a.png",\
        "header":"https://\(host)/headers/original/missing.png","header_static":"https://\(host)/headers/original/missing.png",\
        "followers_count":3,"following_count":4,"statuses_count":5,"last_status_at":"2026-04-21","noindex":\(noindex),\
        "emojis":[],"roles":[],"fields":[]}
        """
    }

    static func mastodonStatus(
        id: String, replyTo: String?, account: String, content: String, visibility: String = "public",
        date: String = "2026-04-21T09:00:00.000Z", counts: (Int, Int) = (0, 0)
    ) -> String {
        let quoted = content.replacingOccurrences(of: "\"", with: "\\\"")
        return """
            {"id":"\(id)","created_at":"\(date)","in_reply_to_id":\(replyTo.map { "\"\($0)\"" } ?? "null"),\
            "in_reply_to_account_id":\(replyTo == nil ? "null" : "\"1\""),"sensitive":false,"spoiler_text":"","visibility":"\(visibility)",\
            "language":"en","uri":"https://social.example/users/x/statuses/\(id)","url":"https://social.example/@x/\(id)",\
            "replies_count":0,"reblogs_count":\(counts.0),"favourites_count":\(counts.1),"edited_at":null,\
            "content":"\(quoted)","reblog":null,"application":null,"account":\(account),\
            "media_attachments":[],"mentions":[],"tags":[],"emojis":[],"card":null,"poll":null}
            """
    }

    /// Replies three levels deep, one by a `noindex` account, one unlisted, one from a
    /// blocklisted domain; `deleted` ids are gone.
    static func mastodonContext(deleted: Set<String>) -> String {
        let alice = account(id: "2", username: "alice", acct: "alice", name: "Alice Martin")
        let bob = account(id: "3", username: "bob", acct: "bob@other.example", name: "", host: "other.example")
        let carol = account(id: "4", username: "carol", acct: "carol", name: "Carol", noindex: true)
        let spammer = account(id: "5", username: "win", acct: "win@spam.example", name: "Winner", host: "spam.example")
        let replies = [
            ("101", "100", alice, "<p><span class=\"h-card\"><a href=\"https://social.example/@brand\" class=\"u-url mention\">@<span>brand</span></a></span> See you there!</p>", "public"),
            ("102", "101", bob, "<p>Me too <script>alert(1)</script></p>", "public"),
            ("103", "102", alice, "<p>Great, <a href=\"https://alice.example/\">bring friends</a></p>", "public"),
            ("104", "100", carol, "<p>Do not index me</p>", "public"),
            ("105", "100", alice, "<p>Quietly</p>", "unlisted"),
            ("106", "100", spammer, "<p>Cheap pills</p>", "public"),
        ].filter { !deleted.contains($0.0) }
        let statuses = replies.enumerated().map { index, reply in
            mastodonStatus(id: reply.0, replyTo: reply.1, account: reply.2, content: reply.3, visibility: reply.4,
                           date: "2026-04-21T1\(index):30:00.000Z")
        }
        return #"{"ancestors":[],"descendants":["# + statuses.joined(separator: ",") + "]}"
    }

    // MARK: - Bluesky

    static func profile(_ did: String, _ handle: String, _ name: String, labels: [String] = []) -> String {
        let labelled = labels.map { #"{"src":"\#(did)","uri":"\#(did)","val":"\#($0)","cts":"2026-01-01T00:00:00.000Z"}"# }
        return """
            {"did":"\(did)","handle":"\(handle)","displayName":"\(name)","avatar":"https://cdn.bsky.app/img/avatar/plain/\(did)/x@jpeg",\
            "associated":{"chat":{"allowIncoming":"all"}},"viewer":{"muted":false,"blockedBy":false},"labels":[\(labelled.joined(separator: ","))],\
            "createdAt":"2024-01-01T00:00:00.000Z"}
            """
    }

    static func postView(_ did: String, _ rkey: String, author: String, text: String, facets: String = "[]", date: String, counts: (Int, Int) = (0, 0)) -> String {
        """
        {"uri":"at://\(did)/app.bsky.feed.post/\(rkey)","cid":"bafyrei\(rkey)","author":\(author),\
        "record":{"$type":"app.bsky.feed.post","createdAt":"\(date)","langs":["en"],"text":"\(text)","facets":\(facets),\
        "reply":{"parent":{"cid":"bafyreiparent","uri":"at://did:plc:brand/app.bsky.feed.post/3kroot"},"root":{"cid":"bafyreiroot","uri":"at://did:plc:brand/app.bsky.feed.post/3kroot"}}},\
        "replyCount":0,"repostCount":\(counts.0),"likeCount":\(counts.1),"quoteCount":0,"indexedAt":"\(date)",\
        "viewer":{"threadMuted":false,"embeddingDisabled":false},"labels":[]}
        """
    }

    static func threadViewPost(_ post: String, replies: [String]) -> String {
        #"{"$type":"app.bsky.feed.defs#threadViewPost","post":\#(post),"replies":[\#(replies.joined(separator: ","))]}"#
    }

    /// A reply with a link facet after an emoji, a nested reply, a deleted and a blocked
    /// reply, and a reply by an author labelled `!no-unauthenticated` with a reply under it.
    static func blueskyThread(deleted: Set<String>) -> String {
        let dana = profile("did:plc:dana", "dana.bsky.social", "Dana 🌿")
        let eve = profile("did:plc:eve", "eve.example.org", "")
        let hidden = profile("did:plc:hidden", "hidden.bsky.social", "Hidden", labels: ["!no-unauthenticated"])
        let facet = #"[{"$type":"app.bsky.richtext.facet","index":{"byteStart":13,"byteEnd":25},"features":[{"$type":"app.bsky.richtext.facet#link","uri":"https://dana.example/menu"}]}]"#
        var replies: [String] = []
        if !deleted.contains("3kdana") {
            let nested = deleted.contains("3keve") ? [] : [threadViewPost(postView("did:plc:eve", "3keve", author: eve, text: "Agreed.", date: "2026-04-22T09:00:00.000Z"), replies: [])]
            replies.append(threadViewPost(postView("did:plc:dana", "3kdana", author: dana, text: "Yum 🥐 see dana.example", facets: facet, date: "2026-04-22T08:00:00.000Z"), replies: nested))
        }
        replies.append(#"{"$type":"app.bsky.feed.defs#notFoundPost","uri":"at://did:plc:gone/app.bsky.feed.post/3kgone","notFound":true}"#)
        replies.append(#"{"$type":"app.bsky.feed.defs#blockedPost","uri":"at://did:plc:blk/app.bsky.feed.post/3kblk","blocked":true,"author":{"did":"did:plc:blk","viewer":{"blocking":"at://x"}}}"#)
        let under = threadViewPost(postView("did:plc:dana", "3kunder", author: dana, text: "Under a hidden one", date: "2026-04-22T11:00:00.000Z"), replies: [])
        replies.append(threadViewPost(postView("did:plc:hidden", "3khidden", author: hidden, text: "Only for members", date: "2026-04-22T10:00:00.000Z"), replies: [under]))
        let root = postView("did:plc:brand", "3kroot", author: profile("did:plc:brand", "brand.example.com", "Maison Exemple"),
                            text: "Tasting on Saturday", date: "2026-04-20T08:00:00.000Z", counts: (3, 9))
        return #"{"thread":"# + threadViewPost(root, replies: replies) + #","threadgate":null}"#
    }

    // MARK: - webmention.io

    static func jf2(_ id: Int, _ property: String, name: String?, url: String, html: String?, isPrivate: Bool = false) -> String {
        """
        {"type":"entry","author":{"type":"card","name":"Gil Blog","photo":"https://webmention.io/avatar/gil.example/abc.png","url":"https://gil.example/"},\
        "url":"\(url)","published":"2026-04-23T07:00:00+02:00","wm-received":"2026-04-23T05:01:02Z","wm-id":\(id),\
        "wm-source":"\(url)","wm-target":"https://mini.example.com/2026/04/tasting/","wm-protocol":"webmention",\
        \(name.map { "\"name\":\"\($0)\"," } ?? "")\
        \(html.map { "\"content\":{\"html\":\"\($0)\",\"text\":\"plain\"}," } ?? "")\
        "\(property)":"https://mini.example.com/2026/04/tasting/","wm-property":"\(property)","wm-private":\(isPrivate)}
        """
    }

    static func webmentions(deleted: Set<String>) -> String {
        let children = [
            ("9001", jf2(9001, "in-reply-to", name: nil, url: "https://gil.example/replies/1", html: "<p>A reply from my own site.</p>")),
            ("9002", jf2(9002, "mention-of", name: "Where to taste in Lyon", url: "https://gil.example/lyon", html: "<p>…see Maison Exemple…</p>")),
            ("9003", jf2(9003, "like-of", name: nil, url: "https://gil.example/likes/1", html: nil)),
            ("9004", jf2(9004, "like-of", name: nil, url: "https://hal.example/likes/2", html: nil)),
            ("9005", jf2(9005, "repost-of", name: nil, url: "https://hal.example/reposts/3", html: nil)),
            ("9006", jf2(9006, "in-reply-to", name: nil, url: "https://gil.example/private", html: "<p>secret</p>", isPrivate: true)),
        ].filter { !deleted.contains($0.0) }.map(\.1)
        return #"{"type":"feed","name":"Webmentions","children":["# + children.joined(separator: ",") + "]}"
    }
}

import CMBlogComments
import CMBlogCore
import Foundation

/// Reads the replies to a post copied to Bluesky from a public AppView, without logging in:
/// `app.bsky.feed.getPostThread` for the thread, its likes and reposts, after
/// `com.atproto.identity.resolveHandle` when the post's URL names a handle.
///
/// Deleted replies (`notFoundPost`), blocked ones (`blockedPost`), authors labelled
/// `!no-unauthenticated` (who asked to be shown only to logged-in readers) and the blocklist's
/// accounts are left out; the replies under them are kept, at the top of the thread.
struct BlueskyReader: Sendable {
    let fetcher: JSONFetcher
    let settings: BackfeedSettings
    let factory: ItemFactory

    /// The actor (handle or DID) and record key of `https://bsky.app/profile/<actor>/post/<rkey>`.
    static func post(of url: String) -> (actor: String, rkey: String)? {
        let parts = (URLComponents(string: url)?.path ?? "").split(separator: "/").map(String.init)
        guard parts.count == 4, parts[0] == "profile", parts[2] == "post", !parts[3].isEmpty else { return nil }
        return (parts[1], parts[3])
    }

    func read(_ url: String) async throws -> Harvest {
        guard let (actor, rkey) = Self.post(of: url) else {
            throw BackfeedError("\(url) is not the address of a Bluesky post (https://bsky.app/profile/HANDLE/post/KEY)")
        }
        let did = try await did(of: actor, for: url)
        let uri = "at://\(did)/app.bsky.feed.post/\(rkey)"
        let answer = try await fetcher.object(xrpc("app.bsky.feed.getPostThread", ["uri": uri, "depth": "1000", "parentHeight": "0"]),
                                              what: "Bluesky thread of \(url)")
        guard let thread = answer["thread"] as? [String: Any] else { throw BackfeedError("Bluesky thread of \(url): the answer has no `thread`") }
        if thread["notFound"] as? Bool == true { throw BackfeedError("Bluesky thread of \(url): the post is not found (deleted?)") }
        if thread["blocked"] as? Bool == true { throw BackfeedError("Bluesky thread of \(url): the post is blocked") }
        guard let root = thread["post"] as? [String: Any] else { throw BackfeedError("Bluesky thread of \(url): the thread has no `post`") }
        var harvest = Harvest(reactions: .init(source: .bluesky, reposts: root["repostCount"] as? Int ?? 0, likes: root["likeCount"] as? Int ?? 0))
        // Depth first without recursion: the stack holds what is left to read, with the id of the kept reply it answers.
        var pending: [(node: [String: Any], parent: String?)] = try Self.replies(of: thread, url).reversed().map { ($0, nil) }
        while let (node, parent) = pending.popLast() {
            let place = (node["post"] as? [String: Any])?["uri"] as? String ?? node["uri"] as? String ?? "?"
            switch item(node, parent: parent) {
            case .success(let comment):
                harvest.items.append(comment)
                pending += try Self.replies(of: node, url).reversed().map { ($0, comment.id) }
            case .failure(let reason):
                harvest.skipped.append("Bluesky reply \(place): \(reason.description)")
                pending += try Self.replies(of: node, url).reversed().map { ($0, nil) }
            }
        }
        return harvest
    }

    /// The replies under a node; a `replies` that is not a list makes the whole thread unreadable,
    /// rather than read as a thread without replies (which would mark them all deleted).
    private static func replies(of node: [String: Any], _ url: String) throws -> [[String: Any]] {
        guard let value = node["replies"] else { return [] }
        guard let list = value as? [Any] else { throw BackfeedError("Bluesky thread of \(url): `replies` is not a list") }
        return list.compactMap { $0 as? [String: Any] }
    }


    private func item(_ node: [String: Any], parent: String?) -> Result<Comment, BackfeedError> {
        if node["notFound"] as? Bool == true { return .failure(BackfeedError("deleted")) }
        if node["blocked"] as? Bool == true { return .failure(BackfeedError("blocked")) }
        guard let post = node["post"] as? [String: Any], let uri = post["uri"] as? String, let author = post["author"] as? [String: Any],
              let did = author["did"] as? String, let record = post["record"] as? [String: Any],
              let date = factory.date(record["createdAt"]), let rkey = uri.split(separator: "/").last else {
            return .failure(BackfeedError("malformed: no uri, author, record or createdAt"))
        }
        let labels = (author["labels"] as? [[String: Any]] ?? []).compactMap { $0["val"] as? String }
        guard !labels.contains("!no-unauthenticated") else { return .failure(BackfeedError("its author asks to be shown only to logged-in readers")) }
        let handle = author["handle"] as? String
        guard !settings.blocks(account: did, url: nil), !settings.blocks(account: handle, url: nil) else {
            return .failure(BackfeedError("\(handle ?? did) is on the blocklist"))
        }
        let name = (author["displayName"] as? String).flatMap { $0.isEmpty ? nil : $0 } ?? handle ?? did
        var comment = Comment(
            id: "bluesky-\(ItemFactory.idPart(did))-\(ItemFactory.idPart(String(rkey)))", parentID: parent, author: name,
            url: "https://bsky.app/profile/\(handle ?? did)", date: date, status: factory.moderation,
            body: CommentSanitizer.sanitize(BlueskyRichText.html(record["text"] as? String ?? "", facets: record["facets"] as? [[String: Any]] ?? [])))
        comment.avatar = ItemFactory.webAddress(author["avatar"])
        comment.source = .bluesky
        comment.sourceURL = "https://bsky.app/profile/\(did)/post/\(rkey)"
        return .success(comment)
    }

    /// The DID of `actor`: itself when it is one, else the DID its handle resolves to.
    private func did(of actor: String, for url: String) async throws -> String {
        guard !actor.hasPrefix("did:") else { return actor }
        return try await resolve(actor, for: url)
    }

    private func resolve(_ handle: String, for url: String) async throws -> String {
        let answer = try await fetcher.object(xrpc("com.atproto.identity.resolveHandle", ["handle": handle]), what: "Bluesky handle \(handle) of \(url)")
        guard let did = answer["did"] as? String, did.hasPrefix("did:") else {
            throw BackfeedError("Bluesky handle \(handle) of \(url): the answer has no `did`")
        }
        return did
    }

    private func xrpc(_ method: String, _ query: [String: String]) -> URL {
        JSONFetcher.url(settings.blueskyAppView, path: "xrpc/\(method)", query: query)
    }
}

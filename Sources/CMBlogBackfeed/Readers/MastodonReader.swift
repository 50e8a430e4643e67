import CMBlogComments
import CMBlogCore
import Foundation

/// Reads the public replies to a status copied to Mastodon: the thread under it
/// (`GET /api/v1/statuses/:id/context`, its `descendants`) and its boosts and favourites
/// (`GET /api/v1/statuses/:id`).
///
/// Only replies of `visibility: public` are kept: an `unlisted` reply is readable by anyone
/// with its link, but its author chose to keep it out of public timelines, so it is not
/// republished on a site that search engines read. Accounts with `noindex: true` and those
/// of the blocklist are left out.
struct MastodonReader: Sendable {
    let fetcher: JSONFetcher
    let settings: BackfeedSettings
    let factory: ItemFactory
    /// The access token sent to `server` (scheme, host and port), when the settings give one for it.
    let token: @Sendable (_ server: URL) -> String?
    /// How many replies Mastodon lists at most in a thread read without and with a token: a list
    /// that long may be cut short, so a reply missing from it is not taken as deleted.
    static let replyLimits = (anonymous: 60, signedIn: 4096)

    /// The status id and host of a Mastodon status URL (`https://host/@user/123`,
    /// `https://host/users/user/statuses/123`).
    static func status(of url: String) -> (server: URL, host: String, id: String)? {
        guard let components = URLComponents(string: url), let host = components.host, let scheme = components.scheme,
              let id = components.path.split(separator: "/").last, id.allSatisfy(\.isASCIIDigit) else { return nil }
        let port = components.port.map { ":\($0)" } ?? ""
        return URL(string: "\(scheme)://\(host)\(port)").map { ($0, host, String(id)) }
    }

    func read(_ url: String) async throws -> Harvest {
        guard let (server, host, id) = Self.status(of: url) else {
            throw BackfeedError("\(url) is not the address of a Mastodon status (https://server/@account/123)")
        }
        let headers = token(server).map { ["Authorization": "Bearer \($0)"] } ?? [:]
        let status = try await fetcher.object(server.appending(path: "api/v1/statuses/\(id)"), headers: headers, what: "Mastodon status \(url)")
        let context = try await fetcher.object(server.appending(path: "api/v1/statuses/\(id)/context"), headers: headers, what: "Mastodon replies to \(url)")
        guard let descendants = context["descendants"] as? [Any] else {
            throw BackfeedError("Mastodon replies to \(url): the answer has no `descendants` list")
        }
        var harvest = Harvest(reactions: .init(source: .mastodon, reposts: status["reblogs_count"] as? Int ?? 0, likes: status["favourites_count"] as? Int ?? 0))
        harvest.mayBeCutShort = descendants.count >= (headers.isEmpty ? Self.replyLimits.anonymous : Self.replyLimits.signedIn)
        var kept: Set<String> = []
        for case let reply as [String: Any] in descendants {
            switch item(reply, root: id, host: host, kept: kept) {
            case .success(let comment):
                kept.insert(reply["id"] as? String ?? "")
                harvest.items.append(comment)
            case .failure(let reason):
                harvest.skipped.append("Mastodon reply \(reply["url"] as? String ?? reply["id"] as? String ?? "?"): \(reason.description)")
            }
        }
        return harvest
    }

    /// The comment of one reply, or why it is left out.
    private func item(_ reply: [String: Any], root: String, host: String, kept: Set<String>) -> Result<Comment, BackfeedError> {
        guard let id = reply["id"] as? String, id.allSatisfy(\.isASCIIDigit), let account = reply["account"] as? [String: Any],
              let date = factory.date(reply["created_at"]) else {
            return .failure(BackfeedError("malformed: no id, account or created_at"))
        }
        guard reply["visibility"] as? String == "public" else {
            return .failure(BackfeedError("not public (\(reply["visibility"] as? String ?? "no visibility"))"))
        }
        guard account["noindex"] as? Bool != true else { return .failure(BackfeedError("its author asks not to be indexed")) }
        let acct = account["acct"] as? String ?? ""
        let address = acct.contains("@") ? acct : "\(acct)@\(host)"
        let profile = account["url"] as? String
        guard !settings.blocks(account: address, url: profile) else { return .failure(BackfeedError("@\(address) is on the blocklist")) }
        let name = (account["display_name"] as? String).flatMap { $0.isEmpty ? nil : $0 } ?? account["username"] as? String ?? acct
        var comment = Comment(
            id: "mastodon-\(ItemFactory.idPart(host))-\(id)", author: name, url: profile, date: date,
            status: factory.moderation, body: CommentSanitizer.sanitize(reply["content"] as? String ?? ""))
        if let parent = reply["in_reply_to_id"] as? String, parent != root, kept.contains(parent) {
            comment.parentID = "mastodon-\(ItemFactory.idPart(host))-\(parent)"
        }
        comment.avatar = ItemFactory.webAddress(account["avatar"])
        comment.source = .mastodon
        comment.sourceURL = reply["url"] as? String ?? reply["uri"] as? String
        return .success(comment)
    }
}

extension Character {
    /// `0` to `9`, and no other digit: the ids of Mastodon statuses.
    var isASCIIDigit: Bool { isASCII && isNumber }
}

import Foundation

/// How `cmblog backfeed` brings replies and mentions home (`backfeed:` in `cmblog.yml`).
public struct BackfeedSettings: Sendable, Equatable {
    /// What happens to an item when it arrives.
    public enum Moderation: String, Sendable, Equatable, CaseIterable {
        /// Written `status: pending`: shown only once a person changes it to `approved`.
        case review
        /// Written approved: shown on the next build.
        case none
    }

    public var moderation = Moderation.review
    /// The Bluesky AppView that answers `getPostThread` without a login.
    public var blueskyAppView = URL(string: "https://public.api.bsky.app")!
    /// The JF2 endpoint of webmentions (webmention.io, or one speaking its API); nil when the
    /// site receives none.
    public var webmentionEndpoint: URL?
    /// The environment variable holding the webmention endpoint's token.
    public var webmentionTokenVariable = "WEBMENTION_IO_TOKEN"
    /// Accounts (`@user@server`, a Bluesky handle or DID) and domains whose replies are never
    /// brought home, in lower case.
    public var blocklist: [String] = []

    public init() {}

    /// Whether `account` (a Mastodon `user@server`, a Bluesky handle or DID) or a page of
    /// `url`'s domain or one of its subdomains is on the blocklist.
    public func blocks(account: String?, url: String?) -> Bool {
        let account = account.map { ($0.hasPrefix("@") ? String($0.dropFirst()) : $0).lowercased() }
        let host = url.flatMap { URLComponents(string: $0)?.host?.lowercased() }
        let accountDomain = account.flatMap { $0.split(separator: "@").last.map(String.init) }
        return blocklist.contains { entry in
            let entry = entry.hasPrefix("@") ? String(entry.dropFirst()) : entry
            if entry == account { return true }
            return [host, accountDomain].contains { domain in
                guard let domain else { return false }
                return domain == entry || domain.hasSuffix("." + entry)
            }
        }
    }
}

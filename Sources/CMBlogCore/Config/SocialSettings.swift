import Foundation

/// A place a reader can share a post to from the links under it (`share:` in `cmblog.yml`).
public enum ShareTarget: String, Sendable, CaseIterable {
    case email, linkedin, bluesky, x, mastodon
}

/// A network `cmblog syndicate` writes copies of new posts for (`syndication:` in `cmblog.yml`).
public enum SocialNetwork: String, Sendable, CaseIterable {
    case mastodon, bluesky, linkedin, x

    /// The network's name for readers.
    public var label: String {
        switch self {
        case .mastodon: "Mastodon"
        case .bluesky: "Bluesky"
        case .linkedin: "LinkedIn"
        case .x: "X"
        }
    }
}

/// How and where `cmblog syndicate` posts (`syndication:` in `cmblog.yml`).
public struct SyndicationSettings: Sendable, Equatable {
    /// The networks to write copies for, in the order the settings list them.
    public var accounts: [Account]
    /// The copy's template (`{title}`, `{summary}`, `{url}`, `{hashtags}`); nil uses the
    /// post language's default from the interface strings.
    public var template: String?
    /// Templates for posts in each language (`template: { fr: …, en: … }`), by language.
    public var templatesByLanguage: [String: String] = [:]
    /// Posts dated before this day are never syndicated, so an imported archive is not re-posted.
    public var since: Date?

    public init(accounts: [Account] = [], template: String? = nil, since: Date? = nil) {
        self.accounts = accounts
        self.template = template
        self.since = since
    }

    /// The template for a post in `language`: its own, else the one for every language; nil
    /// when the settings give neither.
    public func template(for language: String) -> String? { templatesByLanguage[language] ?? template }

    /// The settings of one network.
    public struct Account: Sendable, Equatable {
        public var network: SocialNetwork
        /// The server: a Mastodon instance (`https://mastodon.social`) or a Bluesky PDS
        /// (`https://bsky.social`, the default).
        public var server: URL?
        /// The Bluesky handle or DID that logs in.
        public var handle: String?
        /// The environment variable holding the access token (Mastodon) or app password (Bluesky).
        public var secretVariable: String
        /// The longest copy the network accepts, by its own counting rules.
        public var limit: Int

        public init(network: SocialNetwork, server: URL? = nil, handle: String? = nil, secretVariable: String? = nil, limit: Int? = nil) {
            self.network = network
            self.server = server
            self.handle = handle
            self.secretVariable = secretVariable ?? Self.defaultSecretVariable(network)
            self.limit = limit ?? Self.defaultLimit(network)
        }

        /// Mastodon 500, Bluesky 300, LinkedIn 3,000, X 280.
        public static func defaultLimit(_ network: SocialNetwork) -> Int {
            switch network {
            case .mastodon: 500
            case .bluesky: 300
            case .linkedin: 3000
            case .x: 280
            }
        }

        static func defaultSecretVariable(_ network: SocialNetwork) -> String {
            switch network {
            case .mastodon: "MASTODON_TOKEN"
            case .bluesky: "BLUESKY_APP_PASSWORD"
            case .linkedin: "LINKEDIN_TOKEN"
            case .x: "X_TOKEN"
            }
        }
    }

    /// The settings of `network`, when the site syndicates to it.
    public func account(for network: SocialNetwork) -> Account? { accounts.first { $0.network == network } }
}

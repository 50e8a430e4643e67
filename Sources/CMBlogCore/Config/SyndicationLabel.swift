import Foundation

/// Recognizes which network a syndicated copy's URL belongs to.
public enum SyndicationLabel {
    /// The network of `url`: Bluesky, X and LinkedIn by their hosts, Mastodon by the instance
    /// in the settings, else by the `/@account/123` shape of Mastodon status URLs.
    public static func network(of url: String, config: SiteConfig) -> SocialNetwork? {
        guard let components = URLComponents(string: url), let host = components.host?.lowercased() else { return nil }
        let bare = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        switch bare {
        case "bsky.app": return .bluesky
        case "x.com", "twitter.com": return .x
        case "linkedin.com": return .linkedin
        default: break
        }
        if let server = config.syndication.account(for: .mastodon)?.server?.host()?.lowercased(), server == host { return .mastodon }
        let segments = components.path.split(separator: "/")
        if segments.count == 2, segments[0].hasPrefix("@"), segments[1].allSatisfy(\.isNumber) { return .mastodon }
        return nil
    }
}

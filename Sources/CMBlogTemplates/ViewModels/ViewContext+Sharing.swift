import CMBlogContent
import CMBlogCore
import Foundation

/// The links under a post that share it, and the links to its copies on social networks.
extension ViewContext {
    /// The share links of `share:` for an entry, as plain links (`post.shareLinks`).
    func shareLinks(_ resolved: ResolvedEntry) -> [[String: String]] {
        let title = resolved.entry.title, url = absolute(resolved.url)
        let text = "\(title) \(url)"
        return config.share.map { target in
            let href = switch target {
            case .email: "mailto:?subject=\(Self.queryEncoded(title))&body=\(Self.queryEncoded(text))"
            case .linkedin: "https://www.linkedin.com/sharing/share-offsite/?url=\(Self.queryEncoded(url))"
            case .bluesky: "https://bsky.app/intent/compose?text=\(Self.queryEncoded(text))"
            case .x: "https://x.com/intent/tweet?text=\(Self.queryEncoded(title))&url=\(Self.queryEncoded(url))"
            case .mastodon: link(PageKind.mastodonSharePath) + "?text=\(Self.queryEncoded(text))"
            }
            return ["network": target.rawValue, "label": shareLabel(target), "url": href]
        }
    }

    /// "Also on Mastodon, Bluesky": the entry's `syndication:` links, named by their network.
    func syndicationLinks(_ entry: Entry) -> [[String: String]] {
        entry.syndication.enumerated().map { index, url in
            let label = SyndicationLabel.network(of: url, config: config)?.label ?? URLComponents(string: url)?.host ?? url
            return ["label": label, "url": url, "separator": listSeparator(after: index, count: entry.syndication.count)]
        }
    }

    /// What follows item `index` of `count` in a sentence: ", ", " and ", or nothing.
    func listSeparator(after index: Int, count: Int) -> String {
        index == count - 1 ? "" : index == count - 2 ? " \(localization.text("and")) " : ", "
    }

    private func shareLabel(_ target: ShareTarget) -> String {
        target == .email ? localization.text("share_email") : SocialNetwork(rawValue: target.rawValue)?.label ?? target.rawValue
    }

    /// A query value with everything but unreserved characters percent-encoded.
    static func queryEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}

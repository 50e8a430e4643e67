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
            case .email: "mailto:?subject=\(title.queryValueEncoded)&body=\(text.queryValueEncoded)"
            case .linkedin: "https://www.linkedin.com/sharing/share-offsite/?url=\(url.queryValueEncoded)"
            case .bluesky: "https://bsky.app/intent/compose?text=\(text.queryValueEncoded)"
            case .x: "https://x.com/intent/tweet?text=\(title.queryValueEncoded)&url=\(url.queryValueEncoded)"
            case .mastodon: link(PageKind.mastodonSharePath) + "?text=\(text.queryValueEncoded)"
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
}

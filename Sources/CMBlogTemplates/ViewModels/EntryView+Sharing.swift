import CMBlogContent
import CMBlogCore
import Foundation

/// The links under a post that share it, and the links to its copies on social networks.
extension EntryView {
    /// The share links of `share:`, as plain links (`post.shareLinks`).
    var shareLinks: [LabelledLink] {
        let title = resolved.entry.title, url = context.absolute(resolved.url)
        let text = "\(title) \(url)"
        return context.config.share.map { target in
            let href = switch target {
            case .email: "mailto:?subject=\(title.queryValueEncoded)&body=\(text.queryValueEncoded)"
            case .linkedin: "https://www.linkedin.com/sharing/share-offsite/?url=\(url.queryValueEncoded)"
            case .bluesky: "https://bsky.app/intent/compose?text=\(text.queryValueEncoded)"
            case .x: "https://x.com/intent/tweet?text=\(title.queryValueEncoded)&url=\(url.queryValueEncoded)"
            case .mastodon: context.link(PageKind.mastodonSharePath(under: context.sources.homePath(context.sources.edition))) + "?text=\(text.queryValueEncoded)"
            }
            return LabelledLink(label: shareLabel(target), url: href, network: target.rawValue)
        }
    }

    /// "Also on Mastodon, Bluesky": the entry's `syndication:` links, named by their network.
    var syndication: [LabelledLink] {
        let links = resolved.entry.syndication
        return links.enumerated().map { index, url in
            let label = SyndicationLabel.network(of: url, config: context.config)?.label ?? URLComponents(string: url)?.host ?? url
            return LabelledLink(label: label, url: url, separator: context.listSeparator(after: index, count: links.count))
        }
    }

    private func shareLabel(_ target: ShareTarget) -> String {
        target == .email ? context.localization.text("share_email") : SocialNetwork(rawValue: target.rawValue)?.label ?? target.rawValue
    }
}

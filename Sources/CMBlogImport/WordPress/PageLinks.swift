import CMBlogCore
import Foundation

/// Old URLs WordPress answered for a post beyond its permalink: the pages of a post split with
/// `<!--nextpage-->` (`/2012/03/slug/2/`), and the attachment pages of its images and files
/// (`/2012/03/slug/photo/`, `?attachment_id=ID`). The new site shows a post whole, so each leads
/// to the post.
enum PageLinks {
    /// The second and later pages of a post split with `<!--nextpage-->`, each to `target`.
    static func recordSplitPages(of item: WXRExport.Item, at target: SitePath, into ledger: inout OldURLLedger) {
        let link = OldURL(item.link)
        let pages = item.content.components(separatedBy: "<!--nextpage-->").count
        guard pages > 1, !link.hasQuery, link.path.hasSuffix("/") else { return }
        for number in 2...pages { ledger.redirect(OldURL(path: link.path + "\(number)/"), to: target) }
    }

    /// The attachment page of each attachment whose post or page was public, to that post or page.
    static func recordAttachmentPages(
        of items: [WXRExport.Item], entryPaths: [String: SitePath], siteLink: String, into ledger: inout OldURLLedger
    ) {
        let root = OldURL(siteLink).path.nonEmpty ?? "/"
        for item in items where item.type == "attachment" {
            guard let parent = item.parentID, let target = entryPaths[parent] else { continue }
            let link = OldURL(item.link)
            if !link.path.isEmpty, link.path != root || link.hasQuery { ledger.redirect(link, to: target) }
            if !item.postID.isEmpty, link.query != "attachment_id=\(item.postID)" {
                ledger.redirect(OldURL(path: root, query: "attachment_id=\(item.postID)"), to: target)
            }
        }
    }
}

import CMBlogContent
import CMBlogCore
import CMBlogFeeds
import Foundation

extension ViewContext {
    /// The picture of an author: their `avatar:`, else the generated initials.
    func avatarLink(_ author: Author) -> String {
        author.avatar.map(fileLink) ?? link(site.generatedAvatarPath(author.id))
    }

    /// An author as bylines show them (items of `post.authors`): name, page, role, photo, and
    /// the separator that follows ("A, B and C").
    func bylineAuthors(_ ids: [String]) -> [[String: Any]] {
        let authors = ids.compactMap { site.authors[$0] }
        return authors.enumerated().map { index, author in
            let separator = listSeparator(after: index, count: authors.count)
            let values: [String: Any?] = [
                "id": author.id,
                "name": author.name,
                "url": link(site.authorPath(author.id)),
                "role": author.role,
                "avatar": avatarLink(author),
                "separator": separator.isEmpty ? nil : separator,
            ]
            return values.compacted
        }
    }

    /// "A", "A and B", "A, B and C" as plain text, for `<meta name="author">`.
    func authorNames(_ ids: [String]) -> String {
        bylineAuthors(ids).map { "\($0["name"] ?? "")\($0["separator"] ?? "")" }.joined()
    }

    /// An author as their page shows them (`author` in templates).
    func authorView(_ author: Author) -> [String: Any] {
        let feed = SiteFeeds(site: site).mainFeed(of: .author(author))
        var view: [String: Any?] = [
            "id": author.id,
            "name": author.name,
            "role": author.role,
            "bio": author.bioHTML.isEmpty ? nil : author.bioHTML,
            "avatar": avatarLink(author),
            "absoluteURL": absolute(site.authorPath(author.id)),
            "feedURL": feed.map { link($0.path) },
            "feedType": feed?.format.mediaType,
            "feedText": localization.text("author_feed", ["name": author.name]),
            "links": author.links.map { ["label": linkLabel($0), "url": $0.url] },
            "hasLinks": !author.links.isEmpty,
            "fediverse": author.fediverse,
            "isFormer": author.status == .former,
        ]
        if author.status == .former {
            view["formerText"] = formerText(author)
            if let successor = author.successor.flatMap({ site.authors[$0] }) {
                view["successor"] = ["name": successor.name, "url": link(site.authorPath(successor.id))]
            }
        }
        let predecessors = site.predecessors(of: author.id)
        if !predecessors.isEmpty {
            view["predecessors"] = bylineAuthors(predecessors.map(\.id))
            view["hasPredecessors"] = true
        }
        if let key = author.key {
            view["key"] = [
                "value": key,
                "fileURL": link(site.authorKeyPath(author.id)),
                "text": localization.text("signing_key_text", ["name": author.name]),
                "command": Self.verifyCommand(file: "index.md", key: key),
            ]
        }
        return view.compacted
    }

    /// All authors (`authors` in templates): current ones, then former ones.
    func authorIndexView(title: String) -> [String: Any] {
        func item(_ author: Author) -> [String: Any] {
            let values: [String: Any?] = [
                "name": author.name,
                "url": link(site.authorPath(author.id)),
                "role": author.role,
                "avatar": avatarLink(author),
                "countText": localization.count("posts_count", site.postIndexes(by: author.id).count),
                "formerText": author.status == .former ? formerText(author) : nil,
            ]
            return values.compacted
        }
        let current = site.sortedAuthors.filter { $0.status == .active }.map(item)
        let former = site.sortedAuthors.filter { $0.status == .former }.map(item)
        return ["title": title, "current": current, "former": former, "hasCurrent": !current.isEmpty, "hasFormer": !former.isEmpty]
    }

    /// The label of a profile link; `website` is translated.
    func linkLabel(_ link: ProfileLink) -> String {
        link.name.lowercased() == "website" ? localization.text("website") : link.label
    }

    /// "Wrote here from March 2012 to June 2019", or as much of it as the file says.
    private func formerText(_ author: Author) -> String {
        switch (author.joined, author.left) {
        case let (joined?, left?): localization.text("former_author", ["joined": dateText(joined), "left": dateText(left)])
        case let (nil, left?): localization.text("former_author_until", ["left": dateText(left)])
        default: localization.text("former_author_note").prefix(1).uppercased() + localization.text("former_author_note").dropFirst() + "."
        }
    }

    /// How a reader checks a signed file with minisign.
    static func verifyCommand(file: String, key: String) -> String { "minisign -Vm \(file) -P \(key)" }

    /// The signature of an entry as its page shows it (`post.signature`), when it is verified.
    func signatureView(_ resolved: ResolvedEntry) -> [String: Any]? {
        guard let signerID = resolved.signerID, let signer = site.authors[signerID], let key = signer.key else { return nil }
        let source = resolved.signedSourcePath
        return [
            "signedBy": localization.text("signed_by", ["name": signer.name]),
            "text": localization.text("signature_text", ["name": signer.name]),
            "name": signer.name,
            "authorURL": link(site.authorPath(signerID)),
            "sourceURL": link(source),
            "signatureURL": link(resolved.publishedSignaturePath),
            "keyURL": link(site.authorKeyPath(signerID)),
            "command": Self.verifyCommand(file: (source.value as NSString).lastPathComponent, key: key),
        ]
    }
}

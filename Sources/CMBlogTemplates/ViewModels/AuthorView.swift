import CMBlogContent
import CMBlogCore
import CMBlogFeeds

/// An author as their page shows them (`author`): who they are, their links, whom they took
/// over from or handed over to, and their signing key.
struct AuthorView: TemplateParent {
    let author: Author
    let context: ViewContext

    func child(named name: String) -> Any? {
        switch name {
        case "id": author.id
        case "name": author.name
        case "role": author.role
        case "bio": Optional(author.bioHTML(in: context.localization.language)).flatMap { $0.isEmpty ? nil : $0 }
        case "avatar": context.avatarLink(author)
        case "absoluteURL": context.absolute(context.sources.authorPath(author.id))
        case "feedURL": mainFeed.map { context.link($0.path) }
        case "feedType": mainFeed?.format.mediaType
        case "feedText": context.localization.text("author_feed", ["name": author.name])
        case "links": author.links.map { LabelledLink(label: context.linkLabel($0), url: $0.url) }
        case "hasLinks": !author.links.isEmpty
        case "fediverse": author.fediverse
        case "isFormer": author.status == .former
        case "formerText": author.status == .former ? context.formerText(author) : nil
        case "successor": successor
        case "predecessors": predecessors.isEmpty ? nil : predecessors
        case "hasPredecessors": predecessors.isEmpty ? nil : true
        case "key": author.key.map { SigningKeyView(author: author, key: $0, context: context) }
        default: nil
        }
    }

    /// The feed the page names in its text, when the author has one.
    private var mainFeed: (format: FeedFormat, path: SitePath)? { context.sources.feeds.mainFeed(of: .author(author, language: context.sources.edition)) }

    private var successor: NamedLink? {
        guard author.status == .former, let successor = author.successor.flatMap(context.sources.author) else { return nil }
        return NamedLink(name: successor.name, url: context.authorLink(successor.id))
    }

    private var predecessors: [BylineAuthorView] {
        BylineAuthorView.list(context.sources.predecessors(of: author.id).map(\.id), context: context)
    }
}

/// An author's public key on their page (`author.key`): `value`, `fileURL`, `summary` (what
/// the folded box is about), `text` (what a signature proves), `command`.
struct SigningKeyView: TemplateParent {
    let author: Author
    let key: String
    let context: ViewContext

    func child(named name: String) -> Any? {
        switch name {
        case "value": key
        case "fileURL": context.link(context.sources.authorKeyPath(author.id))
        case "summary": context.localization.text("signing_key_summary", ["name": author.name])
        case "text": context.localization.text("signing_key_text", ["name": author.name])
        case "command": ViewContext.verifyCommand(file: "index.md", key: key)
        default: nil
        }
    }
}

/// All authors (`authors`): current ones, then former ones.
struct AuthorIndexView: TemplateParent {
    /// An author's card on the index: `name`, `url`, `role`, `avatar`, `countText`, `formerText`.
    struct Item: TemplateParent {
        let author: Author
        let context: ViewContext

        func child(named name: String) -> Any? {
            switch name {
            case "name": author.name
            case "url": context.authorLink(author.id)
            case "role": author.role
            case "avatar": context.avatarLink(author)
            case "countText": context.localization.count("posts_count", context.sources.postCount(by: author.id))
            case "formerText": author.status == .former ? context.formerText(author) : nil
            default: nil
            }
        }
    }

    let title: String
    let current: [Item]
    let former: [Item]

    init(title: String, context: ViewContext) {
        self.title = title
        let authors = context.sources.sortedAuthors
        current = authors.filter { $0.status == .active }.map { Item(author: $0, context: context) }
        former = authors.filter { $0.status == .former }.map { Item(author: $0, context: context) }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "current": current
        case "former": former
        case "hasCurrent": !current.isEmpty
        case "hasFormer": !former.isEmpty
        default: nil
        }
    }
}

extension ViewContext {
    /// "Wrote here from March 2012 to June 2019", or as much of it as the file says.
    func formerText(_ author: Author) -> String {
        switch (author.joined, author.left) {
        case let (joined?, left?): localization.text("former_author", ["joined": dateText(joined), "left": dateText(left)])
        case let (nil, left?): localization.text("former_author_until", ["left": dateText(left)])
        default: localization.text("former_author_note").prefix(1).uppercased() + localization.text("former_author_note").dropFirst() + "."
        }
    }
}

import CMBlogContent
import CMBlogCore
import CMBlogMarkdown

/// A post or page as templates see it: `post` on its own page, an item of `list.entries`
/// elsewhere. Each field is worked out when a template reads it.
struct EntryView: TemplateParent {
    let resolved: ResolvedEntry
    let context: ViewContext
    /// Where the entry is shown.
    let role: Role
    /// The newer and older posts, on a post's own page.
    var newer: TitledLink?
    var older: TitledLink?
    /// Whether the list shows this item larger than the others (the first of the home page).
    var isFeatured = false

    /// Where an entry is shown: its comments are on its own page, a post's page also has
    /// share links and its neighbours.
    enum Role {
        case listItem, postPage, pagePage
    }

    init(_ resolved: ResolvedEntry, role: Role, context: ViewContext) {
        self.resolved = resolved
        self.role = role
        self.context = context
    }

    private var entry: Entry { resolved.entry }

    func child(named name: String) -> Any? {
        switch name {
        case "title": entry.title
        case "url": context.link(resolved.url)
        case "absoluteURL": context.absolute(resolved.url)
        case "authors": BylineAuthorView.list(entry.authorIDs, context: context)
        case "hasCoAuthors": entry.authorIDs.count > 1
        case "bylinePrefix": context.localization.text("by")
        case "categories": TermLinksView(terms: resolved.categoryTerms, config: context.config)
        case "tags": TermLinksView(terms: resolved.tagTerms, config: context.config)
        case "hasCategories": !resolved.categoryTerms.isEmpty
        case "hasTags": !resolved.tagTerms.isEmpty
        case "content": entry.body.html
        case "excerpt": entry.excerptHTML
        case "readMore": context.localization.text("read_more")
        case "readingTime": context.localization.count("reading_time", readingMinutes)
        case "wordCount": entry.body.wordCount
        case "imageAlt": entry.imageAlt ?? ""
        case "lang": language
        case "format": entry.format
        case "pinned": entry.isPinned
        case "isDraft": resolved.isPreviewOnly
        case "featured": isFeatured
        case "langAttribute": language != context.localization.language ? language : nil
        case "description": context.description(of: entry)
        case "dateISO": entry.date.map(context.dateISO)
        case "dateText": entry.date.map(context.dateText)
        case "updatedISO": entry.updated.map(context.dateISO)
        case "updatedText": entry.updated.map(context.dateText)
        case "image": entry.image.map(context.fileLink)
        case "imageWidth": entry.image.flatMap { context.sources.images.size(of: $0)?.width }
        case "signature": SignatureView(resolved, context: context)
        case "commentCount": context.commentCountText(resolved)
        case "syndication": entry.syndication.isEmpty ? nil : syndication
        case "hasSyndication": entry.syndication.isEmpty ? nil : true
        default: role == .listItem ? nil : ownPageChild(named: name)
        }
    }

    private func ownPageChild(named name: String) -> Any? {
        switch name {
        case "comments": CommentsView(resolved, context: context)
        case "newer": newer
        case "older": older
        case "hasNeighbours" where role == .postPage: newer != nil || older != nil
        case "shareLinks" where role == .postPage: shareLinks.isEmpty ? nil : shareLinks
        case "hasShareLinks" where role == .postPage: shareLinks.isEmpty ? nil : true
        default: nil
        }
    }

    private var language: String { context.sources.language(of: resolved) }

    private var readingMinutes: Int {
        max(1, Int((Double(entry.body.wordCount) / Double(context.config.wordsPerMinute)).rounded(.up)))
    }
}

import CMBlogContent
import CMBlogCore
import CMBlogMarkdown
import Foundation

extension ViewContext {
    /// A post or page as templates see it (`post` on its own page, items of `list.entries`).
    func entryView(_ resolved: ResolvedEntry, pageLanguage: String) -> [String: Any] {
        let entry = resolved.entry
        let language = site.language(of: resolved)
        let minutes = max(1, Int((Double(entry.body.wordCount) / Double(config.wordsPerMinute)).rounded(.up)))
        var view: [String: Any] = [
            "title": entry.title,
            "url": link(resolved.url),
            "absoluteURL": absolute(resolved.url),
            "authors": bylineAuthors(entry.authorIDs),
            "hasCoAuthors": entry.authorIDs.count > 1,
            "bylinePrefix": localization.text("by"),
            "categories": TermLinksView(terms: resolved.categoryTerms, config: config),
            "tags": TermLinksView(terms: resolved.tagTerms, config: config),
            "hasCategories": !resolved.categoryTerms.isEmpty,
            "hasTags": !resolved.tagTerms.isEmpty,
            "content": entry.body.html,
            "excerpt": entry.excerptHTML,
            "readMore": localization.text("read_more"),
            "readingTime": localization.count("reading_time", minutes),
            "wordCount": entry.body.wordCount,
            "imageAlt": entry.imageAlt ?? "",
            "lang": language,
            "description": description(of: entry),
        ]
        if language != pageLanguage { view["langAttribute"] = language }
        if let date = entry.date {
            view["dateISO"] = dateISO(date)
            view["dateText"] = dateText(date)
        }
        if let updated = entry.updated {
            view["updatedISO"] = dateISO(updated)
            view["updatedText"] = dateText(updated)
        }
        if let image = entry.image { view["image"] = fileLink(image) }
        if let signature = signatureView(resolved) { view["signature"] = signature }
        if let count = commentCountText(resolved) { view["commentCount"] = count }
        if !entry.syndication.isEmpty {
            view["syndication"] = syndicationLinks(entry)
            view["hasSyndication"] = true
        }
        return view
    }

    /// A post's own page: the entry plus links to its neighbours.
    func postView(at index: Int) -> [String: Any] {
        let posts = site.posts
        var view = entryView(posts[index], pageLanguage: localization.language)
        let newer = index > 0 ? posts[index - 1] : nil
        let older = index + 1 < posts.count ? posts[index + 1] : nil
        view["newer"] = newer.map { ["title": $0.entry.title, "url": link($0.url)] as [String: Any] }
        view["older"] = older.map { ["title": $0.entry.title, "url": link($0.url)] as [String: Any] }
        view["hasNeighbours"] = newer != nil || older != nil
        if let comments = commentsView(posts[index]) { view["comments"] = comments }
        let shareLinks = shareLinks(posts[index])
        if !shareLinks.isEmpty {
            view["shareLinks"] = shareLinks
            view["hasShareLinks"] = true
        }
        return view
    }
}

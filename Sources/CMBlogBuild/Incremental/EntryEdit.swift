import CMBlogContent
import CMBlogCore
import CMBlogFeeds
import Foundation

/// A save that changes only what published posts and pages say (their text, title, summary),
/// not where they stand: the same URL, date, authors, terms, aliases, language and translations. Such a
/// save needs neither a new assembly nor a new plan, only the edited entries put in place.
///
/// Anything else (a new, removed, signed, draft or moved entry, another kind of file, new
/// warnings) is not an `EntryEdit`, and the site is assembled again.
struct EntryEdit {
    /// Where an entry sits in `Site`.
    enum Position: Hashable {
        case post(Int)
        case page(Int)
    }

    /// The edited entries, with where they sit.
    let entries: [Position: Entry]
    private let paths: Set<String>

    /// Where each published entry sits, by source file.
    static func positions(in site: Site) -> [String: Position] {
        var positions: [String: Position] = [:]
        for (index, post) in site.posts.enumerated() { positions[post.entry.sourcePath] = .post(index) }
        for (index, page) in site.pages.enumerated() { positions[page.entry.sourcePath] = .page(index) }
        return positions
    }

    /// The edit `changed` makes, or nil when it is not only such an edit.
    /// - Parameters:
    ///   - changed: The files saved, without those the build does not read.
    ///   - positions: Where each published entry sits (from `positions(in:)`).
    ///   - earlier: What the cache held for each path before the save: the entry and its warnings.
    ///   - reload: Reads an entry file again.
    init?(changed: Set<String>, in site: Site, positions: [String: Position], earlier: [String: (Entry?, [Diagnostic])],
          reload: (String) -> (Entry?, [Diagnostic])) {
        var entries: [Position: Entry] = [:]
        for path in changed {
            guard let position = positions[path], let (_, oldWarnings) = earlier[path] else { return nil }
            let old = switch position {
            case .post(let index): site.posts[index].entry
            case .page(let index): site.pages[index].entry
            }
            let (entry, warnings) = reload(path)
            guard let entry, old.signedSource == nil, entry.signedSource == nil, warnings == oldWarnings, Shape(entry) == Shape(old)
            else { return nil }
            entries[position] = entry
        }
        self.entries = entries
        self.paths = changed
    }

    /// The site with the edited entries in place.
    func applied(to site: Site) -> Site {
        func updated(_ resolved: ResolvedEntry, _ entry: Entry) -> ResolvedEntry {
            ResolvedEntry(entry: entry, url: resolved.url, categoryTerms: resolved.categoryTerms, tagTerms: resolved.tagTerms,
                          signerID: resolved.signerID, translations: resolved.translations, isPreviewOnly: resolved.isPreviewOnly)
        }
        var (posts, pages) = (site.posts, site.pages)
        for (position, entry) in entries {
            switch position {
            case .post(let index): posts[index] = updated(posts[index], entry)
            case .page(let index): pages[index] = updated(pages[index], entry)
            }
        }
        return Site(config: site.config, authors: site.authors, posts: posts, pages: pages,
                    categories: site.categories, tags: site.tags, years: site.years,
                    localizationOverrides: site.localizationOverrides, staticFiles: site.staticFiles, redirects: site.redirects)
    }

    /// The plan of the edited site: the same files, with the entries that comment feeds
    /// carry replaced by their new versions.
    func applied(to jobs: [RenderJob], in site: Site, positions: [String: Position]) -> [RenderJob] {
        var jobs = jobs
        for index in jobs.indices {
            guard case .commentFeed(.entry(let old)) = jobs[index].work, paths.contains(old.entry.sourcePath),
                  let position = positions[old.entry.sourcePath] else { continue }
            switch position {
            case .post(let entry): jobs[index].work = .commentFeed(.entry(site.posts[entry]))
            case .page(let entry): jobs[index].work = .commentFeed(.entry(site.pages[entry]))
            }
        }
        return jobs
    }

    /// What decides where an entry stands in the site and which files it makes.
    private struct Shape: Equatable {
        let kind: Entry.Kind, sourcePath: String, slug: String, date: Date?, updated: Date?
        let authorIDs: [String], categories: [String], tags: [String], image: String?
        let permalink: SitePath?, aliases: [SitePath], isDraft: Bool, language: String?
        let comments: Entry.CommentsMode?, legacyID: String?, withheldReason: String?, translationKey: String?

        init(_ entry: Entry) {
            (kind, sourcePath, slug, date, updated) = (entry.kind, entry.sourcePath, entry.slug, entry.date, entry.updated)
            (authorIDs, categories, tags, image) = (entry.authorIDs, entry.categories, entry.tags, entry.image)
            (permalink, aliases, isDraft, language) = (entry.permalinkOverride, entry.aliases, entry.isDraft, entry.language)
            (comments, legacyID, withheldReason, translationKey) = (entry.comments, entry.legacyID, entry.withheldReason, entry.translationKey)
        }
    }
}

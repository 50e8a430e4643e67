import CMBlogContent
import CMBlogCore
import CMBlogFeeds
import Foundation

/// A save that changes only what published posts and pages say (their text, title, summary),
/// not where they stand: the same URL, date, authors, terms, aliases and language. Such a
/// save needs neither a new assembly nor a new plan, only the edited entries put in place.
///
/// Anything else (a new, removed, signed, draft or moved entry, another kind of file, new
/// warnings) is not an `EntryEdit`, and the site is assembled again.
struct EntryEdit {
    /// The edited entries, by source file.
    let entries: [String: Entry]

    /// The edit `changed` makes, or nil when it is not only such an edit.
    /// - Parameters:
    ///   - earlier: What the cache held for each path before the save: the entry and its warnings.
    ///   - reload: Reads an entry file again.
    init?(changed: Set<String>, in site: Site, earlier: [String: (Entry?, [Diagnostic])], reload: (String) -> (Entry?, [Diagnostic])) {
        guard !changed.isEmpty else { return nil }
        let published = Dictionary((site.posts + site.pages).map { ($0.entry.sourcePath, $0) }, uniquingKeysWith: { first, _ in first })
        var entries: [String: Entry] = [:]
        for path in changed {
            guard let old = published[path], old.entry.signedSource == nil, let (_, oldWarnings) = earlier[path] else { return nil }
            let (entry, warnings) = reload(path)
            guard let entry, entry.signedSource == nil, warnings == oldWarnings, Shape(entry) == Shape(old.entry) else { return nil }
            entries[path] = entry
        }
        self.entries = entries
    }

    /// The site with the edited entries in place.
    func applied(to site: Site) -> Site {
        func updated(_ resolved: ResolvedEntry) -> ResolvedEntry {
            guard let entry = entries[resolved.entry.sourcePath] else { return resolved }
            return ResolvedEntry(entry: entry, url: resolved.url, categoryTerms: resolved.categoryTerms, tagTerms: resolved.tagTerms,
                                 signerID: resolved.signerID)
        }
        return Site(config: site.config, authors: site.authors, posts: site.posts.map(updated), pages: site.pages.map(updated),
                    categories: site.categories, tags: site.tags, years: site.years,
                    localizationOverrides: site.localizationOverrides, staticFiles: site.staticFiles)
    }

    /// The plan of the edited site: the same files, with the entries that comment feeds
    /// carry replaced by their new versions.
    func applied(to jobs: [RenderJob], in site: Site) -> [RenderJob] {
        let current = Dictionary((site.posts + site.pages).map { ($0.entry.sourcePath, $0) }, uniquingKeysWith: { first, _ in first })
        return jobs.map { job in
            guard case .commentFeed(.entry(let old)) = job.work, entries[old.entry.sourcePath] != nil,
                  let new = current[old.entry.sourcePath] else { return job }
            var updated = job
            updated.work = .commentFeed(.entry(new))
            return updated
        }
    }

    /// What decides where an entry stands in the site and which files it makes.
    private struct Shape: Equatable {
        let kind: Entry.Kind, sourcePath: String, slug: String, date: Date?, updated: Date?
        let authorIDs: [String], categories: [String], tags: [String], image: String?
        let permalink: SitePath?, aliases: [SitePath], isDraft: Bool, language: String?
        let comments: Entry.CommentsMode?, legacyID: String?

        init(_ entry: Entry) {
            (kind, sourcePath, slug, date, updated) = (entry.kind, entry.sourcePath, entry.slug, entry.date, entry.updated)
            (authorIDs, categories, tags, image) = (entry.authorIDs, entry.categories, entry.tags, entry.image)
            (permalink, aliases, isDraft, language) = (entry.permalinkOverride, entry.aliases, entry.isDraft, entry.language)
            (comments, legacyID) = (entry.comments, entry.legacyID)
        }
    }
}

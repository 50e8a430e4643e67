import CMBlogComments
import CMBlogContent
import CMBlogCore
import Foundation

/// Adds the comments of a Disqus export to the threads of the site's posts, matching each
/// Disqus thread to a post by its URL (or an old URL in `aliases:`) or by its identifier
/// (the post's WordPress `id:`, `guid:` or path).
struct DisqusImporter {
    let export: DisqusExport
    let site: Site
    let existing: ExistingRepository
    let exportPath: String
    let progress: @Sendable (ImportProgress) -> Void

    /// Reads the target repository's posts and pages, drafts included, to match threads.
    static func loadSite(at target: URL) async throws -> Site {
        let (source, diagnostics) = await ContentLoader(fileSystem: LocalFileSystem(root: target), width: 2).load()
        guard let source else { throw DiagnosticError(diagnostics) }
        let options = SiteAssembler.Options(includeDrafts: true, includeFuture: true, now: Date())
        let (site, problems) = await SiteAssembler(options: options).assemble(source)
        guard let site else { throw DiagnosticError(diagnostics + problems) }
        return site
    }

    func plan() throws -> ImportPlan {
        var plan = ImportPlan(report: ImportReport(source: "disqus"))
        let config = site.config
        progress(.started(total: export.threads.count))
        let postsByThread = Dictionary(grouping: export.posts, by: \.threadID)
        let matcher = DisqusThreadMatcher(site.posts + site.pages)
        let parents = KeptParents(export.posts)
        let threadIDs = Set(export.threads.map(\.dsqID))
        for orphan in export.posts where !threadIDs.contains(orphan.threadID) {
            plan.report.skipped["comments of no thread", default: 0] += 1
            plan.report.warnings.append(.warning("comment \(orphan.dsqID) belongs to no thread of the export; skipped", path: exportPath, line: orphan.line))
        }
        var reattached = 0
        for thread in export.threads.sorted(by: { $0.line < $1.line }) {
            defer { progress(.advanced) }
            let posts = postsByThread[thread.dsqID] ?? []
            if thread.isDeleted {
                if !posts.isEmpty { plan.report.skipped["comments of deleted threads", default: 0] += posts.count }
                continue
            }
            guard let entry = matcher.entry(for: thread) else {
                if !posts.isEmpty {
                    plan.report.unmatchedThreads.append("\(thread.title.isEmpty ? thread.identifier : thread.title) — \(thread.link) (\(posts.count) \(posts.count == 1 ? "comment" : "comments"); line \(thread.line))")
                }
                continue
            }
            var comments: [Comment] = []
            for post in posts {
                if post.isSpam {
                    plan.report.skipped["spam comments", default: 0] += 1
                    continue
                }
                if post.isDeleted {
                    plan.report.skipped["deleted comments", default: 0] += 1
                    continue
                }
                guard let date = ContentDate.parse(post.createdAt, timeZone: .gmt) else {
                    plan.report.warnings.append(.warning("comment \(post.dsqID) has no readable date; skipped", path: exportPath, line: post.line))
                    continue
                }
                let body = plan.report.repaired(post.message.trimmingCharacters(in: .whitespacesAndNewlines), at: "Disqus comment \(post.dsqID)")
                let name = plan.report.repaired(post.authorName, at: "Disqus comment \(post.dsqID) author")
                let authorID = post.authorEmail.flatMap { email in site.authors.values.first { $0.email?.lowercased() == email.lowercased() }?.id }
                let parentID = parents.parent(of: post)
                if parentID != post.parentID { reattached += 1 }
                comments.append(Comment(
                    id: post.dsqID, parentID: parentID, author: name.nonEmpty, url: post.authorURL, authorID: authorID,
                    date: date, body: body, line: post.line))
                plan.report.comments[.comment, default: 0] += 1
            }
            guard !comments.isEmpty else { continue }
            let slug = entry.entry.slug
            var imported = CommentThread(sourcePath: "\(CommentArchiveLoader.folder)/\(slug).yml", slug: slug, comments: comments)
            imported.status = thread.isClosed ? .closed : nil
            let existingThread = try existing.thread(slug: slug, timeZone: config.timeZone)
            let merged = CommentThreadWriter.merge(imported, into: existingThread)
            plan.add(imported.sourcePath, CommentThreadWriter.text(of: merged, timeZone: config.timeZone, header: "Comments of “\(entry.entry.title)”."), policy: existingThread == nil ? .replaceIfSame : .extendsExisting)
        }
        if reattached > 0 {
            plan.report.notes.append("\(reattached) \(reattached == 1 ? "reply" : "replies") to deleted or spam comments \(reattached == 1 ? "answers" : "answer") the nearest comment above that was kept, so \(reattached == 1 ? "it keeps its" : "they keep their") place in the thread.")
        }
        plan.add(plan.report.path, plan.report.markdown, policy: .alwaysReplace)
        return plan
    }
}

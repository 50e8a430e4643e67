import CMBlogComments
import CMBlogContent
import CMBlogCore
import CMBlogFeeds
import CMBlogMarkdown
import Foundation

/// Turns a WordPress export into the files of a cmblog content repository: posts and pages
/// with their HTML as WordPress stored it, authors, comment threads, old URLs kept, and a
/// report of everything skipped or left to do by hand.
struct WordPressImporter {
    let export: WXRExport
    let existing: ExistingRepository
    let exportPath: String
    let progress: @Sendable (ImportProgress) -> Void

    /// The plan of files to write.
    func plan() throws -> ImportPlan {
        var plan = ImportPlan(report: ImportReport(source: "wordpress"))
        let config = try siteConfig(into: &plan)
        let authors = planAuthors(config: config, into: &plan)
        let items = export.items.sorted { ($0.postID.count, $0.postID, $0.line) < ($1.postID.count, $1.postID, $1.line) }
        progress(.started(total: items.filter(\.isEntry).count))
        let archives = ArchiveRedirects(posts: publishedPosts(config: config, authors: authors), categories: export.categories, config: config)
        var ledger = OldURLLedger(basePath: OldURL(export.link).path)
        archives.generatedPages.forEach { ledger.reservePage($0) }
        let placements = try place(items.filter(\.isEntry), config: config, ledger: &ledger, report: &plan.report)
        var guids = GUIDRegistry()
        let attachments = AttachmentIndex(export.items)
        var hasComments = false
        for item in items {
            switch (item.type, item.status) {
            case ("attachment", _):
                if let url = item.attachmentURL { plan.report.media.insert(url) }
            case ("post", "trash"), ("page", "trash"):
                plan.report.skipped["trashed posts and pages", default: 0] += 1
                progress(.advanced)
            case ("post", _), ("page", _):
                defer { progress(.advanced) }
                guard let placement = placements[item.line] else { continue }
                let context = EntryContext(item: item, placement: placement, config: config, authors: authors, attachments: attachments)
                let thread = try planEntry(context, guids: &guids, ledger: &ledger, into: &plan)
                hasComments = hasComments || (context.isPublic && thread?.comments.contains { $0.status == .approved } == true)
            case ("revision", _):
                plan.report.skipped["revisions", default: 0] += 1
            default:
                plan.report.skip(type: item.type, kind: "items", path: exportPath, line: item.line)
            }
        }
        let publicPaths = items.filter { $0.isEntry && $0.status == "publish" && $0.privacy == nil }.compactMap { item in
            placements[item.line].map { (item.postID, $0.path) }
        }
        PageLinks.recordAttachmentPages(
            of: items, entryPaths: Dictionary(publicPaths, uniquingKeysWith: { first, _ in first }), siteLink: export.link, into: &ledger)
        archives.record(into: &ledger, hasComments: hasComments)
        try planRedirects(ledger, into: &plan)
        try planCategories(into: &plan)
        noteRenamedTerms(into: &plan.report)
        plan.add(plan.report.path, plan.report.markdown, policy: .alwaysReplace)
        return plan
    }

    /// The published posts, with what their archives are made of.
    private func publishedPosts(config: SiteConfig, authors: AuthorIndex) -> [ArchiveRedirects.Post] {
        export.items.filter { $0.type == "post" && $0.status == "publish" && $0.privacy == nil }.compactMap { item in
            item.instant(in: config.timeZone).map { date in
                ArchiveRedirects.Post(date: date, terms: item.terms, authorID: item.login.flatMap { authors.idByLogin[$0] }, login: item.login)
            }
        }
    }

    /// Where each post and page goes, by the item's line: a slug no other item has, whose URL
    /// is not a page the build makes itself (`/archives/`, `/tags/`, …). A post without any
    /// date (neither `wp:post_date` nor `pubDate`) is left out and reported.
    private func place(_ items: [WXRExport.Item], config: SiteConfig, ledger: inout OldURLLedger, report: inout ImportReport) throws -> [Int: EntryPlacement] {
        var placements: [Int: EntryPlacement] = [:]
        var slugs = SlugRegistry()
        let pages = PageHierarchy(items)
        for item in items {
            let date = item.instant(in: config.timeZone)
            if item.type == "post", date == nil {
                report.warnings.append(.warning("post \(item.postID.nonEmpty ?? "without an id") has no date (no `wp:post_date` nor `pubDate`); it was left out", path: exportPath, line: item.line))
                report.skipped["posts without a date", default: 0] += 1
                continue
            }
            let folder = item.type == "page" ? try pages.folder(of: item, exportPath: exportPath) : ""
            let category = item.terms.first { $0.domain == "category" }?.name
            func path(_ slug: String) -> SitePath {
                let pattern = item.type == "page" ? config.pagePermalink : config.postPermalink
                let text = PermalinkPattern.expand(pattern, slug: slug, date: date, legacyID: item.postID.nonEmpty, category: category, folderPath: folder, config: config)
                return (try? SitePath(validating: text)) ?? .root
            }
            var slug = slugs.claim(item.slug)
            while ledger.isTaken(path(slug)) { slug = slugs.claim(item.slug) }
            if slug != item.slug {
                report.warnings.append(.warning("the slug '\(item.slug)' is taken by another item or by a page the site makes itself; item \(item.postID) became '\(slug)'", path: exportPath, line: item.line))
            }
            ledger.reservePage(path(slug))
            placements[item.line] = EntryPlacement(slug: slug, date: date, folder: folder, path: path(slug))
        }
        return placements
    }

    /// Writes the redirects of old archive and feed URLs into `redirects.yml`, adding to the
    /// one the folder has, and puts the count of old URLs in the report.
    private func planRedirects(_ ledger: OldURLLedger, into plan: inout ImportPlan) throws {
        plan.report.oldURLs = (ledger.resolved, ledger.total)
        plan.report.unresolvedURLs = ledger.unresolved.map { "\($0.url): \($0.reason)" }
        plan.report.redirects = ledger.redirects.count
        let existingText = try existing.text(of: RedirectsParser.fileName)
        guard let text = try RedirectsFileWriter.text(adding: ledger.redirects, to: existingText, source: "WordPress") else { return }
        plan.add(RedirectsParser.fileName, text, policy: existingText == nil ? .replaceIfSame : .extendsExisting)
    }

    /// Writes the export's category tree into `categories.yml`, adding to the one the folder
    /// has; a parent the export does not declare is a warning.
    private func planCategories(into plan: inout ImportPlan) throws {
        let posts = export.items.filter { $0.type == "post" && $0.status != "trash" }
        let tree = ExportCategoryTree(categories: export.categories, postTerms: posts.flatMap(\.terms).filter { $0.domain == "category" },
                                      exportPath: exportPath)
        plan.report.warnings += tree.warnings
        let existingText = try existing.text(of: CategoriesParser.fileName)
        guard let text = try CategoriesFileWriter.text(adding: tree, to: existingText, source: "WordPress") else { return }
        plan.add(CategoriesParser.fileName, text, policy: existingText == nil ? .replaceIfSame : .extendsExisting)
    }

    /// Terms whose WordPress slug differs from the one cmblog makes from the name: noted, as
    /// their old archive URLs now redirect to new ones.
    private func noteRenamedTerms(into report: inout ImportReport) {
        var seen: Set<String> = []
        for term in export.items.flatMap(\.terms) where ["category", "post_tag"].contains(term.domain) {
            let wordPressSlug = term.slug.removingPercentEncoding ?? term.slug
            let slug = Slug.make(from: EncodingRepair.repair(term.name).text)
            guard !wordPressSlug.isEmpty, wordPressSlug != slug, seen.insert(term.domain + wordPressSlug).inserted else { continue }
            report.notes.append("\(term.domain == "category" ? "Category" : "Tag") “\(term.name)” had the slug `\(wordPressSlug)` on WordPress and gets `\(slug)` here: its old archive URL redirects to the new one (redirects.yml).")
        }
    }

    // MARK: - Settings

    /// The target's settings, or new ones made from the export when the folder has none:
    /// its title, address and language, the permalink pattern its posts used and the time
    /// zone its dates show.
    private func siteConfig(into plan: inout ImportPlan) throws -> SiteConfig {
        if let config = existing.config { return config }
        let published = export.items.filter { $0.type == "post" && $0.status == "publish" }
        let offsets = Set(published.compactMap { WordPressDate.offset(local: $0.date, gmt: $0.dateGMT) })
        let zone = WordPressDate.zoneName(forOffsets: offsets) ?? "UTC"
        if WordPressDate.zoneName(forOffsets: offsets) == nil, !offsets.isEmpty {
            plan.report.warnings.append(.warning("the export's dates use several offsets from GMT; set `timezone:` in cmblog.yml (UTC was written)", path: SiteConfig.fileName))
        }
        let baseURL = export.link.isEmpty ? "https://example.com/" : (export.link.hasSuffix("/") ? export.link : export.link + "/")
        let language = export.language.split(separator: "-").first.map(String.init)?.lowercased() ?? "en"
        var probe = try SiteConfig.load(from: "title: x\nbaseURL: \(YAMLText.quoted(baseURL))\ntimezone: \(zone)\n").0
        let posts = published.map { item in
            (oldPath: OldURL(item.link).path, slug: item.slug,
             date: WordPressDate.instant(local: item.date, gmt: item.dateGMT, timeZone: probe.timeZone), id: item.postID,
             category: item.terms.first { $0.domain == "category" }?.name)
        }
        let pattern = PermalinkDetection.pattern(for: posts, config: probe) ?? "/:year/:month/:slug/"
        plan.report.notes.append("cmblog.yml written from the export: permalink `\(pattern)` (the pattern of the old post URLs), time zone \(zone).")
        var text = "# Written by cmblog import wordpress from \((exportPath as NSString).lastPathComponent).\n"
        text += "title: \(YAMLText.scalar(EncodingRepair.repair(export.title).text.nonEmpty ?? "Blog"))\n"
        if !export.description.isEmpty { text += "description: \(YAMLText.scalar(EncodingRepair.repair(export.description).text))\n" }
        text += "baseURL: \(YAMLText.quoted(baseURL))\nlanguage: \(language)\ntimezone: \(zone)\npermalink: \(pattern)\npagePermalink: /:path:slug/\n"
        plan.add(SiteConfig.fileName, text)
        probe = try SiteConfig.load(from: text).0
        return probe
    }

    // MARK: - Authors

    /// Site authors by WordPress login, user id and e-mail.
    struct AuthorIndex {
        var idByLogin: [String: String] = [:]
        var idByUserID: [String: String] = [:]
        var idByEmail: [String: String] = [:]
        /// The author of posts whose `dc:creator` names nobody (a user deleted on WordPress):
        /// a former author for a person to name, so the site builds.
        var unknownAuthorID: String?
    }

    /// The id of the author file given to posts without an author.
    static let unknownAuthorID = "former-author"

    /// Author files for the export's authors and for the logins its imported items name, one
    /// per id however many logins make it (`agnes` and a damaged `>agnes` are one author).
    private func planAuthors(config: SiteConfig, into plan: inout ImportPlan) -> AuthorIndex {
        var index = AuthorIndex()
        var logins = export.authors
        let creators = Set(export.items.filter(\.isEntry).compactMap(\.login))
        for creator in creators.sorted() where !logins.contains(where: { $0.login == creator }) {
            logins.append(.init(id: "", login: creator, email: nil, displayName: creator))
        }
        var planned: Set<String> = []
        for author in logins.sorted(by: { $0.login < $1.login }) {
            let id = Slug.make(from: author.login).nonEmpty ?? "author"
            index.idByLogin[author.login] = id
            if !author.id.isEmpty { index.idByUserID[author.id] = id }
            if let email = author.email { index.idByEmail[email.lowercased()] = id }
            guard planned.insert(id).inserted else { continue }
            let path = "\(ContentLoader.Folder.authors)/\(id).yml"
            if existing.has(path) {
                plan.report.authorsKept += 1
                continue
            }
            let name = plan.report.repaired(author.displayName, at: "author \(author.login)")
            var text = "name: \(YAMLText.scalar(name))\n"
            if let email = author.email {
                text += "# Private: never published; it recognizes this author's replies in comment archives.\nemail: \(YAMLText.scalar(email))\n"
            }
            plan.add(path, text, policy: .keepExisting)
            plan.report.authorsCreated += 1
        }
        if export.items.contains(where: { $0.isEntry && $0.type == "post" && $0.login == nil }) {
            index.unknownAuthorID = Self.unknownAuthorID
            let path = "\(ContentLoader.Folder.authors)/\(Self.unknownAuthorID).yml"
            if !planned.contains(Self.unknownAuthorID), !existing.has(path) {
                plan.add(path, "# The author of the imported posts whose WordPress author was gone: name the real one in them.\nname: Former author\nstatus: former\n", policy: .keepExisting)
                plan.report.authorsCreated += 1
            }
        }
        return index
    }

    // MARK: - Posts and pages

    struct EntryContext {
        let item: WXRExport.Item
        let placement: EntryPlacement
        let config: SiteConfig
        let authors: AuthorIndex
        let attachments: AttachmentIndex

        /// Whether it was public on WordPress, so its old URLs were known.
        var isPublic: Bool { item.status == "publish" && item.privacy == nil }
    }

    /// Plans the file of one post or page and its comment thread, which it returns.
    private func planEntry(_ context: EntryContext, guids: inout GUIDRegistry, ledger: inout OldURLLedger, into plan: inout ImportPlan) throws -> CommentThread? {
        let item = context.item, config = context.config, placement = context.placement
        let isPage = item.type == "page"
        let entrySlug = placement.slug
        let date = placement.date
        let privacy = item.privacy
        let isDraft = privacy != nil || ["draft", "pending", "auto-draft"].contains(item.status)
        let title = plan.report.repaired(item.title, at: "\(item.type) \(item.postID) title")
        let body = EntryBody(attachments: context.attachments, siteURL: export.link, exportPath: exportPath)
            .html(of: item, content: plan.report.repaired(item.content, at: "\(item.type) \(item.postID)"), report: &plan.report)

        let thread = try planThread(item, slug: entrySlug, context: context, into: &plan)
        var aliases: [String] = []
        if context.isPublic {
            let hasComments = thread?.comments.contains { $0.status == .approved } == true
            aliases = oldURLs(of: item).compactMap { ledger.alias($0, of: placement.path) }
            let link = OldURL(item.link)
            if !link.hasQuery, !link.path.isEmpty, link.path != "/" {
                ledger.redirect(link.feed, to: hasComments ? CommentFeeds.path(ofPage: placement.path) : placement.path)
            }
            PageLinks.recordSplitPages(of: item, at: placement.path, into: &ledger)
            plan.report.aliases += aliases.count
        }

        var front = "---\n"
        front += "title: \(YAMLText.scalar(title.nonEmpty ?? entrySlug))\n"
        if let date { front += "date: \(DateText.iso8601(date, in: config.timeZone))\n" }
        if let creator = item.creator, let login = item.login, creator != login {
            plan.report.warnings.append(.warning("`dc:creator` “\(creator)” is not a WordPress login; read as “\(login)”", path: exportPath, line: item.line))
        }
        if let login = item.login, let id = context.authors.idByLogin[login] {
            front += "author: \(id)\n"
        } else if !isPage, let unknown = context.authors.unknownAuthorID {
            front += "author: \(unknown)\n"
            plan.report.warnings.append(.warning("post \(item.postID) names no author (`dc:creator`); it was given `\(unknown)`: name its real author", path: exportPath, line: item.line))
        }
        front += list("categories", item.terms.filter { $0.domain == "category" }.map { plan.report.repaired($0.name, at: "category") })
        front += list("tags", item.terms.filter { $0.domain == "post_tag" }.map { plan.report.repaired($0.name, at: "tag") })
        front += PresentationFields(attachments: context.attachments, siteURL: export.link, exportPath: exportPath).frontMatter(of: item, report: &plan.report)
        if !item.excerpt.isEmpty {
            front += "summary: \(YAMLText.scalar(HTMLText.plainText(plan.report.repaired(item.excerpt, at: "excerpt \(item.postID)"))))\n"
        }
        if let guid = item.guid {
            let unique = guids.claim(guid, postID: item.postID)
            if unique != guid {
                plan.report.duplicateGUIDs += 1
                plan.report.warnings.append(.warning("the guid “\(guid)” is also another item's; this one became “\(unique)” so feed readers keep both", path: exportPath, line: item.line))
            }
            front += "guid: \(YAMLText.quoted(unique))\n"
        }
        if !item.postID.isEmpty { front += "id: \(YAMLText.quoted(item.postID))\n" }
        front += list("aliases", aliases)
        if let privacy {
            // `status: private` is withheld by every build, `--drafts` included; a draft is not.
            front += privacy.note(on: "WordPress") + "status: private\n"
        } else if isDraft {
            front += "draft: true\n"
            plan.report.drafts += 1
        }
        if thread == nil, item.commentStatus == "closed", !isPage { front += "comments: closed\n" }
        front += "---\n"

        let day = date.map { DateText.day($0, in: config.timeZone) } ?? "0000-00-00"
        let path = isPage
            ? "\(ContentLoader.Folder.pages)/\(placement.folder)\(entrySlug).html"
            : "\(ContentLoader.Folder.posts)/\(day)-\(entrySlug).html"
        plan.add(path, front + body.trimmingCharacters(in: .whitespacesAndNewlines) + "\n")
        if let privacy { plan.report.keptUnpublished(path, because: privacy) }
        if isPage { plan.report.pages += 1 } else { plan.report.posts += 1 }
        return thread
    }

    /// The old URLs of a public item: its permalink and its `?p=` (posts) or `?page_id=` (pages)
    /// short link, which WordPress answered whatever its permalink pattern.
    private func oldURLs(of item: WXRExport.Item) -> [OldURL] {
        var urls = [OldURL(item.link)]
        if !item.postID.isEmpty {
            let shortLink = OldURL(path: OldURL(export.link).path.nonEmpty ?? "/", query: "\(item.type == "page" ? "page_id" : "p")=\(item.postID)")
            if shortLink.text != urls[0].text { urls.append(shortLink) }
        }
        return urls
    }

    // MARK: - Comments

    private func planThread(_ item: WXRExport.Item, slug: String, context: EntryContext, into plan: inout ImportPlan) throws -> CommentThread? {
        var comments: [Comment] = []
        for source in item.comments {
            guard let comment = comment(from: source, context: context, report: &plan.report) else { continue }
            comments.append(comment)
        }
        guard !comments.isEmpty else { return nil }
        let config = context.config
        var thread = CommentThread(sourcePath: "\(CommentArchiveLoader.folder)/\(slug).yml", slug: slug, comments: comments)
        thread.status = item.commentStatus == "closed" ? .closed : .open
        thread.pingStatus = item.pingStatus == "closed" ? .closed : (item.pingStatus == nil ? nil : .open)
        let existingThread = try existing.thread(slug: slug, timeZone: config.timeZone)
        let merged = CommentThreadWriter.merge(thread, into: existingThread)
        plan.add(thread.sourcePath, CommentThreadWriter.text(of: merged, timeZone: config.timeZone, header: "Comments of “\(item.title)”."),
                 policy: existingThread == nil ? .replaceIfSame : .extendsExisting)
        return merged
    }

    private func comment(from source: WXRExport.Comment, context: EntryContext, report: inout ImportReport) -> Comment? {
        let status: Comment.Status
        switch source.approved {
        case "1", "approve", "approved": status = .approved
        case "0", "hold": status = .pending
        case "spam":
            report.skipped["spam comments", default: 0] += 1
            return nil
        default:
            report.skipped["trashed comments", default: 0] += 1
            return nil
        }
        let kind: Comment.Kind
        switch source.type {
        case "", "comment": kind = .comment
        case "pingback": kind = .pingback
        case "trackback": kind = .trackback
        case "webmention": kind = .webmention
        default:
            report.skip(type: source.type, kind: "comments", path: exportPath, line: source.line)
            return nil
        }
        guard !source.id.isEmpty, let date = WordPressDate.instant(local: source.date, gmt: source.dateGMT, timeZone: context.config.timeZone) else {
            report.warnings.append(.warning("comment \(source.id) has no usable id or date; skipped", path: exportPath, line: source.line))
            report.skipped["unreadable comments", default: 0] += 1
            return nil
        }
        let authorID = source.userID.flatMap { context.authors.idByUserID[$0] } ?? source.email.flatMap { context.authors.idByEmail[$0.lowercased()] }
        var comment = Comment(
            id: source.id, parentID: source.parent,
            author: report.repaired(source.author, at: "comment \(source.id) author").nonEmpty,
            url: source.url.flatMap { $0 == "http://" ? nil : $0 },
            authorID: authorID, date: date, kind: kind, status: status,
            body: report.repaired(source.content, at: "comment \(source.id)").trimmingCharacters(in: .whitespacesAndNewlines),
            line: source.line)
        if comment.author == nil, kind.isMention { comment.author = source.url }
        report.comments[kind, default: 0] += 1
        if status != .approved { report.unpublishedComments += 1 }
        return comment
    }

    // MARK: - Helpers

    private func list(_ key: String, _ values: [String]) -> String {
        values.isEmpty ? "" : "\(key):\n" + values.map { "  - \(YAMLText.scalar($0))\n" }.joined()
    }
}

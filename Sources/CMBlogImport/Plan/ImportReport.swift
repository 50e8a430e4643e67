import CMBlogComments
import CMBlogCore

/// What an import found, did, skipped and could not do: printed as a summary and written in
/// full to `import/<source>-report.md`.
public struct ImportReport: Sendable {
    /// `wordpress`, `jekyll` or `disqus`.
    public let source: String
    public var posts = 0
    public var pages = 0
    /// Posts and pages imported as drafts (drafts and pending items).
    public var drafts = 0
    /// Posts and pages that were private or password-protected, each with why: imported with
    /// `status: private`, which no build publishes.
    public var privatePosts: [String] = []
    public var authorsCreated = 0
    public var authorsKept = 0
    public var comments: [Comment.Kind: Int] = [:]
    /// Comments written with a status that keeps them unpublished (pending).
    public var unpublishedComments = 0
    /// What was left out, by reason: "spam comments", "trashed posts", …
    public var skipped: [String: Int] = [:]
    /// Texts mended from a wrong encoding.
    public var repairs = 0
    /// Where text holds U+FFFD: characters lost before the export, that no repair can restore.
    public var lostCharacters: [String] = []
    /// What WordPress drew that was made static HTML (galleries, players, embeds, footnotes), by kind.
    public var converted: [String: Int] = [:]
    /// Self-closing blocks of the block editor left out, by name: WordPress drew them when the
    /// page was shown (latest posts, archives, search, navigation, …).
    public var dynamicBlocks: [String: Int] = [:]
    /// Shortcodes left in bodies, by name.
    public var shortcodes: [String: Int] = [:]
    /// Media the content references on the old site: files to copy into `static/`.
    public var media: Set<String> = []
    /// Old URLs kept as `aliases:` because they differ from the new pattern (`?p=12` included).
    public var aliases = 0
    /// Old archive and feed URLs written to `redirects.yml`.
    public var redirects = 0
    /// Old URLs of the public site the new one answers (by a page, an alias or a redirect), of all counted.
    public var oldURLs: (resolved: Int, total: Int) = (0, 0)
    /// Old URLs the new site cannot answer, each with why.
    public var unresolvedURLs: [String] = []
    /// Items whose `guid` another item had, given a unique one.
    public var duplicateGUIDs = 0
    /// Disqus threads that matched no post.
    public var unmatchedThreads: [String] = []
    public var warnings: [Diagnostic] = []
    /// Facts about choices made (detected permalink pattern, time zone, …).
    public var notes: [String] = []

    public init(source: String) {
        self.source = source
    }

    /// `text` repaired (see `EncodingRepair`), its repairs counted, and `place` listed when it
    /// holds characters lost before the export.
    mutating func repaired(_ text: String, at place: String) -> String {
        let (fixed, count) = EncodingRepair.repair(text)
        repairs += count
        if EncodingRepair.hasLostCharacters(fixed) { lostCharacters.append(place) }
        return fixed
    }

    /// The file the report is written to, relative to the target folder.
    public var path: String { "import/\(source)-report.md" }

    /// The total of comments of every kind.
    public var commentTotal: Int { comments.values.reduce(0, +) }

    /// A few lines for the terminal.
    public var summary: [String] {
        var lines = ["\(posts) posts, \(pages) pages (\(drafts) as drafts), \(authorsCreated) authors created, \(authorsKept) kept"]
        let kinds = Comment.Kind.allCases.compactMap { kind in comments[kind].map { "\($0) \(kind.rawValue)s" } }
        lines.append("\(commentTotal) comments" + (kinds.isEmpty ? "" : " (\(kinds.joined(separator: ", ")))") + (unpublishedComments > 0 ? ", \(unpublishedComments) kept unpublished" : ""))
        let skippedText = skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        lines.append("skipped: " + (skippedText.isEmpty ? "nothing" : skippedText))
        lines.append("\(repairs) encoding repairs, \(media.count) media files to copy, \(warnings.count) warnings")
        if oldURLs.total > 0 {
            lines.append("old URLs: \(oldURLs.resolved) of \(oldURLs.total) answered (\(aliases) as aliases, \(redirects) in redirects.yml, the rest by a page at the same address)")
        }
        if !converted.isEmpty || !dynamicBlocks.isEmpty {
            lines.append("made static HTML: \(converted.values.reduce(0, +)) (galleries, players, embeds, footnotes); dynamic blocks left out: \(dynamicBlocks.values.reduce(0, +))")
        }
        if duplicateGUIDs > 0 { lines.append("\(duplicateGUIDs) duplicate guids made unique") }
        if !privatePosts.isEmpty { lines.append("\(privatePosts.count) private or password-protected, kept unpublished") }
        if !unmatchedThreads.isEmpty { lines.append("\(unmatchedThreads.count) threads matched no post") }
        return lines
    }

    /// The full report, in Markdown.
    public var markdown: String {
        var text = "# Import report (\(source))\n\n"
        text += summary.map { "- \($0)\n" }.joined() + "\n"
        if !notes.isEmpty { text += "## Choices made\n\n" + notes.map { "- \($0)\n" }.joined() + "\n" }
        if !privatePosts.isEmpty {
            text += "## Kept unpublished\n\nThese were not public on the old site. They were imported with `status: private` and a note saying why, and are never published (not even with `--drafts`) unless someone removes that line on purpose.\n\n"
            text += privatePosts.map { "- \($0)\n" }.joined() + "\n"
        }
        if !media.isEmpty {
            text += "## Media to copy into static/\n\nThe content links to these files on the old site. Copy each into `static/` under the same path (for example `static/wp-content/uploads/…`) so they keep working: links to them on the old site's own domain were made root-relative (`/wp-content/uploads/…`).\n\n"
            text += media.sorted().map { "- \($0)\n" }.joined() + "\n"
        }
        if !shortcodes.isEmpty {
            text += "## Shortcodes left in the text\n\nThese WordPress shortcodes have no static equivalent; they are shown as written. Replace them by hand (`[caption]` was converted).\n\n"
            text += shortcodes.sorted { $0.key < $1.key }.map { "- `[\($0.key)]`: \($0.value)\n" }.joined() + "\n"
        }
        if !converted.isEmpty {
            text += "## Made static HTML\n\nWhat WordPress drew from these was written as plain HTML: galleries as figures, the browser's own audio and video players, embedded posts and videos as links to them (no third-party frame or script), footnotes as a list at the end.\n\n"
            text += converted.sorted { $0.key < $1.key }.map { "- \($0.key): \($0.value)\n" }.joined() + "\n"
        }
        if !dynamicBlocks.isEmpty {
            text += "## Blocks left out\n\nWordPress drew these blocks each time a page was shown; they saved no content, so a static page has nothing to show in their place. The site's own pages do their work (archives, categories, the home page).\n\n"
            text += dynamicBlocks.sorted { $0.key < $1.key }.map { "- `\($0.key)`: \($0.value)\n" }.joined() + "\n"
        }
        if !unresolvedURLs.isEmpty {
            text += "## Old URLs not answered\n\nThe new site cannot answer these old addresses; link their pages by hand if they matter.\n\n" + unresolvedURLs.sorted().map { "- \($0)\n" }.joined() + "\n"
        }
        if !lostCharacters.isEmpty {
            text += "## Characters lost before the export\n\nThese texts hold � where characters were lost; restore them by hand.\n\n"
            text += lostCharacters.map { "- \($0)\n" }.joined() + "\n"
        }
        if !unmatchedThreads.isEmpty {
            text += "## Threads that matched no post\n\n" + unmatchedThreads.map { "- \($0)\n" }.joined() + "\n"
        }
        if !warnings.isEmpty {
            text += "## Warnings\n\n" + warnings.sorted().map { "- \($0)\n" }.joined() + "\n"
        }
        text += "Not copied: commenters' e-mail and IP addresses, which are personal data the site never shows. Authors' e-mails are kept in their `authors/` file, which is never published.\n"
        return text
    }
}

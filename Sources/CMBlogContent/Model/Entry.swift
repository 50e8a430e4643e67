import CMBlogCore
import CMBlogMarkdown
import Foundation

/// A post or a standalone page, parsed from one Markdown file.
public struct Entry: Sendable, Codable {
    /// Posts are dated, signed, listed and fed; pages stand alone (about, legal notice).
    public enum Kind: String, Sendable, Equatable, Codable {
        case post
        case page
    }

    /// What happens to the comment archive under the entry.
    public enum CommentsMode: String, Sendable, Equatable, Codable {
        case open, closed, hidden
    }

    public var kind: Kind
    /// The file, relative to the source folder.
    public var sourcePath: String
    /// The last URL segment; from `slug:` or the file name without its date prefix.
    public var slug: String
    public var title: String
    public var date: Date?
    public var updated: Date?
    /// Author ids, in byline order.
    public var authorIDs: [String]
    /// Category and tag names as written.
    public var categories: [String]
    public var tags: [String]
    /// The summary written in front matter (`summary:` or an exporter's `excerpt:`).
    public var summary: String?
    public var image: String?
    /// The cover image's text alternative; empty when it is decorative.
    public var imageAlt: String?
    /// The URL written in front matter, if any; otherwise the site's pattern applies.
    public var permalinkOverride: SitePath?
    /// Old URLs that must redirect here.
    public var aliases: [SitePath]
    public var isDraft: Bool
    /// Why the entry is never published, not even with `--drafts`: it was protected by a
    /// password or private on its former platform. Nil for an entry that may be published.
    public var withheldReason: String?
    /// The entry's language when it differs from the site's.
    public var language: String?
    /// What the entry shares with its translations, on a site with `languages:`: its
    /// `translationKey:`, else its file's path without the language (`bienvenue.en.md` and
    /// `bienvenue.md` share `content/posts/bienvenue.md`). Nil on one-language sites.
    public var translationKey: String?
    /// Whether it opens the home page, before newer posts (`pinned: true`; WordPress's sticky posts).
    public var isPinned: Bool
    /// Its post format (`format:`: aside, audio, chat, gallery, image, link, quote, status,
    /// video), which themes may show it by; nil for a standard post.
    public var format: String?
    public var comments: CommentsMode?
    /// Addresses of the social copies.
    public var syndication: [String]
    /// The feed id kept from a previous platform.
    public var guid: String?
    /// The previous platform's numeric id (`id:` of WordPress exports).
    public var legacyID: String?
    /// The rendered body.
    public var body: RenderedMarkdown
    /// Where each front matter key was written, for diagnostics.
    public var keyLines: [String: Int]
    /// The file as stored and its signature, when a `.minisig` file sits beside it.
    public var signedSource: SignedSource?

    public init(kind: Kind, sourcePath: String, slug: String, title: String, body: RenderedMarkdown) {
        self.kind = kind
        self.sourcePath = sourcePath
        self.slug = slug
        self.title = title
        self.date = nil
        self.updated = nil
        self.authorIDs = []
        self.categories = []
        self.tags = []
        self.summary = nil
        self.image = nil
        self.imageAlt = nil
        self.permalinkOverride = nil
        self.aliases = []
        self.isDraft = false
        self.withheldReason = nil
        self.language = nil
        self.translationKey = nil
        self.isPinned = false
        self.format = nil
        self.comments = nil
        self.syndication = []
        self.guid = nil
        self.legacyID = nil
        self.body = body
        self.keyLines = [:]
        self.signedSource = nil
    }

    /// The excerpt as HTML, as lists and summary feeds show it: the front matter's `summary:`
    /// as a paragraph, else the body's text before `<!--more-->`, else its first paragraph.
    public var excerptHTML: String {
        summary.map { "<p>\(HTMLText.escape($0))</p>" } ?? body.excerptHTML
    }

    /// The location of front matter `key` in the source file (line 1 when it was not written).
    public func location(of key: String) -> SourceLocation {
        SourceLocation(path: sourcePath, line: keyLines[key] ?? 1, column: 1)
    }
}

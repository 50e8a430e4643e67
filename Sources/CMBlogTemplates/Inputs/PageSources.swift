import CMBlogComments
import CMBlogContent
import CMBlogCore
import CMBlogFeeds

/// The part of a site one page may read: what its `PageInputs` declare, plus the settings (as
/// the page's language has them), interface strings and image sizes every page shares.
///
/// Reading anything undeclared is a programming error, caught by an assertion in debug
/// builds (so every test that renders a page checks its declaration); release builds read
/// it anyway, rendering the right page.
struct PageSources {
    private let site: Site
    private let comments: CommentArchive
    let inputs: PageInputs
    let localization: Localization
    let images: ImageCatalog
    /// Where the feeds are, for links to them.
    let feeds: SiteFeeds
    /// The settings as the page's language has them (its title, description and menu).
    let config: SiteConfig
    /// The language whose lists the page links: its own on a site with `languages:`.
    let edition: String
    /// Each language of the site named in itself ("English", "Français"), for the switcher.
    private let languageNames: [String: String]

    init(site: Site, comments: CommentArchive, images: ImageCatalog, feeds: SiteFeeds, localization: Localization, inputs: PageInputs,
         languageNames: [String: String] = [:]) {
        self.site = site
        self.feeds = feeds
        self.comments = comments
        self.images = images
        self.localization = localization
        self.inputs = inputs
        self.config = site.config.edition(localization.language)
        self.edition = site.config.isMultilingual ? localization.language : site.config.language
        self.languageNames = languageNames
    }

    /// `language` named in itself, else its code.
    func languageName(_ language: String) -> String { languageNames[language] ?? language }

    /// The settings of the whole site, whatever the page's language.
    var siteConfig: SiteConfig { site.config }
    /// The newer and older posts of the post at `index`, in its language.
    func neighbours(of index: Int) -> (newer: Int?, older: Int?) { site.neighbours(of: index) }

    /// The post at `index` of `Site.posts`.
    func post(_ index: Int) -> ResolvedEntry {
        assert(inputs.posts.contains(index), "a page reads post \(index), which its inputs do not declare")
        return site.posts[index]
    }

    /// The page at `index` of `Site.pages`.
    func page(_ index: Int) -> ResolvedEntry {
        assert(inputs.pages.contains(index), "a page reads page \(index), which its inputs do not declare")
        return site.pages[index]
    }

    /// The comment thread of a declared entry.
    func thread(of entry: ResolvedEntry) -> PublishedThread? {
        assert(isDeclared(entry), "a page reads the comments of \(entry.entry.sourcePath), which its inputs do not declare")
        return comments.thread(of: entry)
    }

    /// Whether a declared entry has a comment feed (comment feeds are on and it has comments).
    func hasCommentFeed(_ entry: ResolvedEntry) -> Bool {
        assert(isDeclared(entry), "a page reads the comments of \(entry.entry.sourcePath), which its inputs do not declare")
        return CommentFeeds.hasFeed(entry, archive: comments, config: config)
    }

    /// An author: one of the declared entries' or their commenters', or any when all are declared.
    func author(_ id: String) -> Author? {
        assert(inputs.allAuthors || mayShow(authorID: id), "a page reads author \(id), which its inputs do not declare")
        return site.authors[id]
    }

    /// Every author, current ones first (pages that declare all authors).
    var sortedAuthors: [Author] {
        assert(inputs.allAuthors, "a page lists the authors without declaring them")
        return site.sortedAuthors
    }

    /// The authors `id` took over from (pages that declare all authors).
    func predecessors(of id: String) -> [Author] {
        assert(inputs.allAuthors, "a page reads the predecessors of \(id) without declaring all authors")
        return site.predecessors(of: id)
    }

    /// How many posts `id` wrote (pages that declare all authors).
    func postCount(by id: String) -> Int {
        assert(inputs.allAuthors, "a page counts the posts of \(id) without declaring all authors")
        return site.postIndexes(by: id, in: edition).count
    }

    /// Every term of the declared taxonomy.
    func terms(_ taxonomy: Term.Taxonomy) -> [Term] {
        assert(inputs.termIndex == taxonomy, "a page lists the \(taxonomy) terms without declaring them")
        return (taxonomy == .category ? site.categories : site.tags).filter { $0.language == edition }
    }

    /// Every year of the archive, when declared.
    var years: [YearArchive] {
        assert(inputs.years, "a page lists the years without declaring them")
        return site.years.filter { $0.language == edition }
    }

    /// The language of an entry: its own, else the site's.
    func language(of entry: ResolvedEntry) -> String { site.language(of: entry) }

    /// The page of an author in the page's language.
    func authorPath(_ id: String) -> SitePath { site.authorPath(id, in: edition) }

    /// The home page of `language`.
    func homePath(_ language: String) -> SitePath { site.config.prefix(of: language) }
    func authorKeyPath(_ id: String) -> SitePath { site.authorKeyPath(id) }
    func generatedAvatarPath(_ id: String) -> SitePath { site.generatedAvatarPath(id) }

    private func isDeclared(_ entry: ResolvedEntry) -> Bool {
        inputs.posts.contains { site.posts[$0].url == entry.url } || inputs.pages.contains { site.pages[$0].url == entry.url }
    }

    /// Whether `id` signs, wrote or answers on a declared entry: the entry's key covers them.
    private func mayShow(authorID id: String) -> Bool {
        let entries = inputs.posts.map { site.posts[$0] } + inputs.pages.map { site.pages[$0] }
        return entries.contains { entry in
            entry.entry.authorIDs.contains(id) || entry.signerID == id || comments.thread(of: entry) != nil
        }
    }
}

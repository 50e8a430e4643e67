import CMBlogCore
import Testing

@Suite("Feed settings")
struct FeedSettingsTests {
    func feeds(_ settings: String) throws -> FeedSettings {
        try SiteConfig.load(from: "title: T\nbaseURL: https://e.com/\n" + settings).0.feeds
    }

    /// The messages of settings that must be refused.
    func errors(_ settings: String) -> [String] {
        do {
            _ = try SiteConfig.load(from: "title: T\nbaseURL: https://e.com/\n" + settings)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("by default every scope has all three formats; the site's feed is whole posts, the others summaries")
    func defaults() throws {
        let settings = try feeds("")
        #expect(settings.items == 20)
        #expect(settings.site == .init(formats: [.atom, .rss, .json], content: .full))
        for scope in [FeedSettings.Scope.authors, .categories, .tags] {
            #expect(settings[scope] == .init(formats: [.atom, .rss, .json], content: .summary))
        }
        #expect(settings.commentFeeds)
    }

    @Test("reads formats and content per scope; keys not written keep their default")
    func perScope() throws {
        let settings = try feeds("""
            feeds:
              items: 5
              site: { formats: [rss, atom], content: summary }
              authors: { content: full }
              categories: { formats: [] }
              tags:
                formats: [atom, atom, JSON]
              comments: { formats: [] }
            """)
        #expect(settings.items == 5)
        #expect(settings.site == .init(formats: [.rss, .atom], content: .summary))
        #expect(settings.authors == .init(formats: [.atom, .rss, .json], content: .full))
        #expect(settings.categories == .init(formats: [], content: .summary))
        #expect(settings.tags == .init(formats: [.atom, .json], content: .summary))
        #expect(!settings.commentFeeds)
        #expect(try feeds("feeds: { tags: { formats: rss } }").tags.formats == [.rss])
        #expect(try feeds("feeds: { comments: { formats: [atom] } }").commentFeeds)
    }

    @Test("bad values are errors at their line naming cmblog.yml and the valid values")
    func badValues() {
        #expect(errors("""
            feeds:
              items: many
              tags: { formats: [atom, pdf], content: long }
              categories: { formats: { atom: yes }, content: [full] }
              authors: summary
              comments: { formats: [rss] }
            """) == [
                "cmblog.yml:4:10: error: `items` must be a whole number (0 puts every post in the feeds)",
                "cmblog.yml:5:27: error: unknown feed format `pdf`; known: atom, rss, json",
                "cmblog.yml:5:42: error: `content` must be `full` (whole posts) or `summary` (each post's excerpt with a link to the rest), not `long`",
                "cmblog.yml:6:26: error: `formats` must be a list such as [atom, rss, json], or [] for no feeds",
                "cmblog.yml:6:50: error: `content` must be `full` (whole posts) or `summary` (each post's excerpt with a link to the rest), not a list",
                "cmblog.yml:7:12: error: `authors` under `feeds` must be a mapping such as `{formats: [atom, rss, json], content: summary}`",
                "cmblog.yml:8:24: error: comment feeds are written in Atom only: use `formats: [atom]`, or `formats: []` for none",
            ])
        #expect(errors("feeds: 20") == ["cmblog.yml:3:8: error: `feeds` must be a mapping such as `items: 20` or `tags: {formats: [atom], content: summary}`"])
        #expect(errors("feeds: { tags: { formats: [atom, [rss]] } }") == ["cmblog.yml:3:34: error: `formats` must be a list such as [atom, rss, json], or [] for no feeds"])
        #expect(errors("feeds: { tags: { formats: [atmo] } }") == ["cmblog.yml:3:28: error: unknown feed format `atmo`; did you mean `atom`? known: atom, rss, json"])
    }

    @Test("unknown keys under feeds are errors with a suggestion and the known keys")
    func unknownKeys() {
        #expect(errors("""
            feeds:
              tag: { formats: [atom] }
              tags: { format: [atom] }
              comments: { content: full }
              podcasts: {}
            """) == [
                "cmblog.yml:4:3: error: unknown setting `tag` in `feeds`; did you mean `tags`? known: items, site, authors, categories, tags, comments",
                "cmblog.yml:5:11: error: unknown setting `format` in `feeds: tags`; did you mean `formats`? known: formats, content",
                "cmblog.yml:6:15: error: unknown setting `content` in `feeds: comments`; known: formats",
                "cmblog.yml:7:3: error: unknown setting `podcasts` in `feeds`; known: items, site, authors, categories, tags, comments",
            ])
    }
}

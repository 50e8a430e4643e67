import CMBlogContent
import CMBlogCore
import CMBlogFeeds
import CMBlogTestSupport
import Foundation
import Testing

@Suite("Site feeds")
struct SiteFeedsTests {
    func site(_ settings: String = "") async throws -> Site {
        let fixture = InlineFixture("""
            -- cmblog.yml --
            title: "Fish & Chips"
            baseURL: https://blog.example.com/
            timezone: Europe/Paris
            \(settings)
            -- authors/ana.yml --
            name: Ana
            avatar: /images/ana.jpg
            -- authors/bob.yml --
            name: Bob
            -- content/posts/old.md --
            ---
            title: "Migrated <post>"
            date: 2012-03-14 15:41:00 +0100
            author: ana
            guid: "http://old.example.com/?p=74"
            tags: [history]
            ---
            See [the about page](/about/) and ![a cup](cup.png).
            -- content/posts/new.md --
            ---
            title: New
            date: 2024-05-02
            authors: [ana, bob]
            image: /images/new.jpg
            ---
            Fresh.
            -- content/posts/long.md --
            ---
            title: Long
            date: 2024-06-01
            author: bob
            tags: [history]
            ---
            The gist, with [a link](/about/).<!--more-->

            The rest, which only the whole post carries.
            """)
        let (source, diagnostics) = await ContentLoader(fileSystem: InMemoryFileSystem(fixture), width: 1).load()
        let loaded = try #require(source, "\(diagnostics)")
        let (site, problems) = await SiteAssembler(options: .init(now: Date())).assemble(loaded)
        return try #require(site, "\(problems)")
    }

    /// The feeds of a site, with "Read more" in English.
    func maker(_ site: Site) throws -> SiteFeedMaker {
        let strings = LocalizationTable(try YAMLValue.parse("read_more: Read more", path: "en.yml"))
        return SiteFeedMaker(site: site, localization: { Localization(language: $0, tables: [strings]) })
    }

    @Test("items keep a migrated guid, list every author, and carry absolute links and images")
    func items() async throws {
        let feed = try maker(try await site()).feed(for: .site)
        #expect(feed.items.map(\.title) == ["Long", "New", "Migrated <post>"])
        #expect(feed.items.map(\.id).suffix(2) == ["https://blog.example.com/2024/05/new/", "http://old.example.com/?p=74"])
        #expect(feed.items[1].authors.map(\.name) == ["Ana", "Bob"])
        #expect(feed.items[1].authors.map(\.avatarURL) == ["https://blog.example.com/images/ana.jpg", "https://blog.example.com/authors/bob/avatar.svg"])
        #expect(feed.items[1].imageURL == "https://blog.example.com/images/new.jpg")
        #expect(feed.items[2].contentHTML.contains(#"href="https://blog.example.com/about/""#))
        #expect(feed.items[2].contentHTML.contains(#"src="https://blog.example.com/2012/03/old/cup.png""#))
        #expect(feed.selfURLs[.rss] == "https://blog.example.com/rss.xml")

        let rss = FeedFormat.rss.write(feed)
        #expect(rss.contains("<title>Fish &amp; Chips</title>"))
        #expect(rss.contains("<guid isPermaLink=\"false\">http://old.example.com/?p=74</guid>"))
        #expect(rss.contains("<pubDate>Wed, 14 Mar 2012 15:41:00 +0100</pubDate>"))
        #expect(rss.contains("<dc:creator>Ana</dc:creator>\n    <dc:creator>Bob</dc:creator>"))
        let atom = FeedFormat.atom.write(feed)
        #expect(atom.contains("<title>Migrated &lt;post&gt;</title>"))
        #expect(atom.contains("<published>2012-03-14T15:41:00+01:00</published>"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(FeedFormat.json.write(feed).utf8)) as? [String: Any])
        #expect(json["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect((json["items"] as? [[String: Any]])?[1]["date_published"] as? String == "2024-05-02T00:00:00+02:00")
    }

    @Test("author and tag feeds hold their own posts; items: limits them; websub_hub: links the hub")
    func scopes() async throws {
        let built = try await site("feeds: {items: 1}\nwebsub_hub: https://hub.example.com/")
        let maker = try maker(built)
        #expect(maker.feed(for: .site).items.map(\.title) == ["Long"])
        let ana = try #require(built.authors["ana"])
        #expect(maker.feed(for: .author(ana, language: built.config.language)).items.map(\.title) == ["New"])
        #expect(maker.feeds.path(of: .author(ana, language: built.config.language), format: .json).value == "/authors/ana/feed.json")
        let history = try #require(built.tags.first)
        #expect(maker.feed(for: .term(history)).items.map(\.title) == ["Long"])
        #expect(FeedFormat.atom.write(maker.feed(for: .site)).contains("<link rel=\"hub\" href=\"https://hub.example.com/\"/>"))
        #expect(FeedFormat.json.write(maker.feed(for: .site)).contains("\"type\" : \"WebSub\""))
    }

    @Test("a summary item carries the excerpt and a link to the rest: Atom summary, RSS description, JSON content_html")
    func summaryItems() async throws {
        let built = try await site()
        let history = try #require(built.tags.first)
        let feed = try maker(built).feed(for: .term(history))
        let excerpt = #"<p>The gist, with <a href="https://blog.example.com/about/">a link</a>.</p>"#
            + "\n<p><a href=\"https://blog.example.com/2024/06/long/\">Read more</a></p>"
        #expect(feed.items[0].content == .summary)
        #expect(feed.items[0].contentHTML == excerpt)
        #expect(feed.items[0].summary.hasPrefix("The gist, with a link"))

        let atom = FeedFormat.atom.write(feed)
        #expect(atom.contains(#"<summary type="html" xml:lang="en">&lt;p&gt;The gist, with &lt;a href=&quot;https://blog.example.com/about/&quot;&gt;"#))
        #expect(!atom.contains("<content"))
        #expect(!atom.contains("The rest"))
        let rss = FeedFormat.rss.write(feed)
        #expect(rss.contains("<description>&lt;p&gt;The gist, with"))
        #expect(rss.contains("Read more&lt;/a&gt;&lt;/p&gt;</description>"))
        #expect(!rss.contains("<content:encoded>"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(FeedFormat.json.write(feed).utf8)) as? [String: Any])
        let item = try #require((json["items"] as? [[String: Any]])?.first)
        #expect(item["content_html"] as? String == excerpt)
        #expect(item["summary"] as? String == feed.items[0].summary)
    }

    @Test("a full item carries the whole post: Atom content beside a text summary, RSS content:encoded")
    func fullItems() async throws {
        let feed = try maker(try await site()).feed(for: .site)
        #expect(feed.items[0].content == .full)
        #expect(feed.items[0].contentHTML.contains("The rest, which only the whole post carries."))
        #expect(!feed.items[0].contentHTML.contains("Read more"))
        let atom = FeedFormat.atom.write(feed)
        #expect(atom.contains(#"<summary type="text">The gist, with a link"#))
        #expect(atom.contains(#"<content type="html" xml:lang="en">"#))
        let rss = FeedFormat.rss.write(feed)
        #expect(rss.contains("<description>The gist, with a link"))
        #expect(rss.contains("<content:encoded>&lt;p&gt;The gist"))
    }

    @Test("each scope has the formats and content its settings give; a scope with none has no feeds")
    func settingsPerScope() async throws {
        let built = try await site("feeds: { site: { content: summary }, authors: { formats: [json] }, tags: { formats: [] } }")
        let feeds = SiteFeeds(site: built)
        let ana = try #require(built.authors["ana"])
        let history = try #require(built.tags.first)
        #expect(feeds.formats(of: .site) == [.atom, .rss, .json])
        #expect(feeds.formats(of: .author(ana, language: built.config.language)) == [.json])
        #expect(feeds.formats(of: .term(history)).isEmpty)
        #expect(feeds.mainFeed(of: .author(ana, language: built.config.language))?.path.value == "/authors/ana/feed.json")
        #expect(feeds.mainFeed(of: .term(history)) == nil)
        #expect(feeds.scopes.count == 3)
        #expect(try maker(built).feed(for: .site).items.allSatisfy { $0.content == .summary })
        #expect(try maker(built).feed(for: .author(ana, language: built.config.language)).selfURLs == [.json: "https://blog.example.com/authors/ana/feed.json"])
    }
}

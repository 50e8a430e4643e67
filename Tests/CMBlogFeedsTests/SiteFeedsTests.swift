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
            """)
        let (source, diagnostics) = await ContentLoader(fileSystem: InMemoryFileSystem(fixture), width: 1).load()
        let loaded = try #require(source, "\(diagnostics)")
        let (site, problems) = await SiteAssembler(options: .init(now: Date())).assemble(loaded)
        return try #require(site, "\(problems)")
    }

    @Test("items keep a migrated guid, list every author, and carry absolute links and images")
    func items() async throws {
        let feed = SiteFeeds(site: try await site()).feed(for: .site)
        #expect(feed.items.map(\.title) == ["New", "Migrated <post>"])
        #expect(feed.items.map(\.id) == ["https://blog.example.com/2024/05/new/", "http://old.example.com/?p=74"])
        #expect(feed.items[0].authors.map(\.name) == ["Ana", "Bob"])
        #expect(feed.items[0].authors.map(\.avatarURL) == ["https://blog.example.com/images/ana.jpg", "https://blog.example.com/authors/bob/avatar.svg"])
        #expect(feed.items[0].imageURL == "https://blog.example.com/images/new.jpg")
        #expect(feed.items[1].contentHTML.contains(#"href="https://blog.example.com/about/""#))
        #expect(feed.items[1].contentHTML.contains(#"src="https://blog.example.com/2012/03/old/cup.png""#))
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
        #expect((json["items"] as? [[String: Any]])?.first?["date_published"] as? String == "2024-05-02T00:00:00+02:00")
    }

    @Test("author and tag feeds hold their own posts; items: limits them; websub_hub: links the hub")
    func scopes() async throws {
        let built = try await site("feeds: {items: 1}\nwebsub_hub: https://hub.example.com/")
        let feeds = SiteFeeds(site: built)
        #expect(feeds.feed(for: .site).items.map(\.title) == ["New"])
        let bob = try #require(built.authors["bob"])
        #expect(feeds.feed(for: .author(bob)).items.map(\.title) == ["New"])
        #expect(feeds.path(of: .author(bob), format: .json).value == "/authors/bob/feed.json")
        let history = try #require(built.tags.first)
        #expect(feeds.feed(for: .term(history)).items.map(\.title) == ["Migrated <post>"])
        #expect(FeedFormat.atom.write(feeds.feed(for: .site)).contains("<link rel=\"hub\" href=\"https://hub.example.com/\"/>"))
        #expect(FeedFormat.json.write(feeds.feed(for: .site)).contains("\"type\" : \"WebSub\""))
    }
}

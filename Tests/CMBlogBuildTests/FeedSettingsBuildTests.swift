import CMBlogBuild
import CMBlogTestSupport
import Foundation
import Testing

/// Which feeds a build writes, and what pages link, for each `feeds:` setting.
@Suite("Feeds per scope")
struct FeedSettingsBuildTests {
    /// A site with an author, a category, a tag and a commented post, built with `settings`.
    func built(_ settings: String = "") async throws -> URL {
        let site = try InlineFixture("""
            -- cmblog.yml --
            title: Mini
            baseURL: https://mini.example.com/
            \(settings)
            -- authors/ana.yml --
            name: Ana
            -- content/posts/first.md --
            ---
            title: First
            date: 2020-01-01
            author: ana
            categories: [Atelier]
            tags: [Café]
            ---
            The gist.<!--more-->

            The rest of the post.
            -- comments/first.yml --
            comments:
              - id: "1"
                author: Paul
                date: 2020-01-02
                body: Merci !
            """).write()
        let output = try temporaryFolder().appending(path: "public")
        try await build(site, into: output)
        return output
    }

    /// The feed files of a built site, relative to it, sorted.
    func feedFiles(in output: URL) throws -> [String] {
        let names: Set = ["feed.xml", "rss.xml", "feed.json", "comments.xml"]
        let files = FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? []
        return files.filter { names.contains(($0 as NSString).lastPathComponent) }.sorted()
    }

    func text(_ path: String, in output: URL) throws -> String {
        try String(contentsOf: output.appending(path: path), encoding: .utf8)
    }

    /// The feeds a page advertises with `<link rel="alternate">`.
    func advertised(_ path: String, in output: URL) throws -> [String] {
        let prefix = "href=\"https://mini.example.com/"
        return try text(path, in: output).split(separator: "\n").filter { $0.hasPrefix("<link rel=\"alternate\"") }.compactMap { line in
            line.firstRange(of: prefix).map { String(line[$0.upperBound...].prefix { $0 != "\"" }) }
        }
    }

    @Test("by default every feed URL of earlier builds is written; term and author feeds carry summaries, the site's feed whole posts")
    func defaults() async throws {
        let output = try await built()
        let scopes = ["", "authors/ana/", "categories/atelier/", "tags/cafe/"]
        let expected = scopes.flatMap { folder in ["feed.json", "feed.xml", "rss.xml"].map { folder + $0 } }
            + ["2020/01/first/comments.xml", "comments.xml"]
        #expect(try feedFiles(in: output) == expected.sorted())
        let site = try text("feed.xml", in: output)
        #expect(site.contains("<content type=\"html\""))
        #expect(site.contains("The rest of the post."))
        for folder in scopes.dropFirst() {
            let atom = try text(folder + "feed.xml", in: output)
            #expect(atom.contains("<summary type=\"html\" xml:lang=\"en\">&lt;p&gt;The gist.&lt;/p&gt;"), "\(folder)")
            #expect(!atom.contains("<content"), "\(folder)")
            #expect(!atom.contains("The rest of the post."), "\(folder)")
            #expect(try text(folder + "rss.xml", in: output).contains("<description>&lt;p&gt;The gist.&lt;/p&gt;"))
        }
        #expect(try advertised("tags/cafe/index.html", in: output) == ["feed.xml", "rss.xml", "feed.json", "tags/cafe/feed.xml", "tags/cafe/rss.xml", "tags/cafe/feed.json"])
        #expect(try advertised("2020/01/first/index.html", in: output) == ["feed.xml", "rss.xml", "feed.json", "2020/01/first/comments.xml"])
        #expect(try text("authors/ana/index.html", in: output).contains(#"<a href="/authors/ana/feed.xml" type="application/atom+xml">"#))
    }

    @Test("a scope with formats: [] has no feeds, and no page links them")
    func leanSettings() async throws {
        let output = try await built("""
            feeds:
              site: { formats: [atom] }
              authors: { formats: [json, rss] }
              categories: { formats: [] }
              tags: { formats: [atom], content: full }
              comments: { formats: [] }
            """)
        #expect(try feedFiles(in: output) == ["authors/ana/feed.json", "authors/ana/rss.xml", "feed.xml", "tags/cafe/feed.xml"])
        #expect(try text("tags/cafe/feed.xml", in: output).contains("The rest of the post."))
        #expect(try advertised("index.html", in: output) == ["feed.xml"])
        #expect(try advertised("categories/atelier/index.html", in: output) == ["feed.xml"])
        #expect(try advertised("tags/cafe/index.html", in: output) == ["feed.xml", "tags/cafe/feed.xml"])
        #expect(try advertised("authors/ana/index.html", in: output) == ["feed.xml", "authors/ana/feed.json", "authors/ana/rss.xml"])
        #expect(try advertised("2020/01/first/index.html", in: output) == ["feed.xml"])
        let post = try text("2020/01/first/index.html", in: output)
        #expect(post.contains("Merci !"))
        #expect(!post.contains("comments.xml"))
        #expect(try text("authors/ana/index.html", in: output).contains(#"<a href="/authors/ana/feed.json" type="application/feed+json">"#))
        #expect(try text("sitemap.xml", in: output).contains("tags/cafe/"))
    }

    @Test("an author page without feeds links none")
    func authorWithoutFeeds() async throws {
        let output = try await built("feeds: { authors: { formats: [] } }")
        let page = try text("authors/ana/index.html", in: output)
        #expect(!page.contains("author-feed"))
        #expect(!page.contains("authors/ana/feed"))
    }

    @Test("changing a scope's feeds in the settings rebuilds them as a full build would")
    func incremental() async throws {
        func atom(_ rebuild: IncrementalBuilder.Rebuild) -> String? {
            guard case .bytes(let data)? = rebuild.files.first(where: { $0.path == "tags/signature/feed.xml" })?.contents else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
        let session = try IncrementalBuildTests.Session()
        let first = try await session.rebuild([])
        #expect(atom(first)?.contains("<summary type=\"html\"") == true)
        try session.edit("cmblog.yml") { $0 + "feeds:\n  tags: { formats: [atom], content: full }\n" }
        let rebuilt = try await session.rebuild(["cmblog.yml"])
        #expect(atom(rebuilt)?.contains("<content type=\"html\"") == true)
        #expect(rebuilt.changed.contains("tags/signature/feed.xml"))
        #expect(!rebuilt.files.map(\.path).contains("tags/signature/rss.xml"))
    }
}

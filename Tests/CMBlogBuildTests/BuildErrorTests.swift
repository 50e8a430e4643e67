import CMBlogBuild
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

@Suite("Build errors")
struct BuildErrorTests {
    @Test("two posts claiming one URL name both files")
    func collision() async throws {
        let site = try writeSite("""
            -- content/posts/second.md --
            ---
            title: Second
            date: 2020-02-01
            author: ana
            permalink: /2020/01/first/
            ---
            """)
        #expect(try await buildErrors(site) == [
            "content/posts/first.md:1:1: error: the URL /2020/01/first/ is also claimed by content/posts/second.md:5:1",
        ])
    }

    /// A site whose second post is at `permalink`, with an old URL so redirect files are written.
    func siteWithPermalink(_ permalink: String) throws -> URL {
        try writeSite("""
            -- content/posts/second.md --
            ---
            title: Second
            date: 2020-02-01
            author: ana
            permalink: \(permalink)
            aliases: [/old/]
            ---
            """)
    }

    @Test("a post at the URL of a generated file is an error at its permalink", arguments: ["/sitemap.xml", "/_redirects", "/robots.txt", "/feed.xml", "/.cmblog-build"])
    func generatedFileCollision(permalink: String) async throws {
        let errors = try await buildErrors(try siteWithPermalink(permalink))
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("content/posts/second.md:5:1: error: the URL \(permalink)") == true, "\(errors)")
        #expect(errors.first?.contains(permalink == "/.cmblog-build" ? "mark cmblog writes" : "(generated") == true, "\(errors)")
    }

    @Test("a post published as a file keeps its comment feed beside it, under its own name")
    func commentFeedOfFilePost() async throws {
        let site = try siteWithPermalink("/old-page.html")
        try FileManager.default.createDirectory(at: site.appending(path: "comments"), withIntermediateDirectories: true)
        try Data("status: open\ncomments:\n  - id: \"1\"\n    date: 2020-02-02\n    body: Merci\n".utf8)
            .write(to: site.appending(path: "comments/second.yml"))
        let output = try temporaryFolder().appending(path: "public")
        try await build(site, into: output)
        #expect(FileManager.default.fileExists(atPath: output.appending(path: "old-page-comments.xml").path))
        let clash = try siteWithPermalink("/sitemap.xml")
        try FileManager.default.createDirectory(at: clash.appending(path: "comments"), withIntermediateDirectories: true)
        try Data("status: open\ncomments:\n  - id: \"1\"\n    date: 2020-02-02\n    body: Merci\n".utf8)
            .write(to: clash.appending(path: "comments/second.yml"))
        let errors = try await buildErrors(clash)
        #expect(!errors.isEmpty && errors.allSatisfy { $0.hasPrefix("content/posts/second.md:5:1: error:") }, "\(errors)")
    }

    @Test("a post under the path of a generated file is an error at its permalink")
    func fileWhereFolderIsNeeded() async throws {
        let errors = try await buildErrors(try siteWithPermalink("/_redirects/x/"))
        #expect(errors == ["content/posts/second.md:5:1: error: the URL /_redirects needs a folder /_redirects/ where a file is written by (generated _redirects)"]
            || errors == ["content/posts/second.md:5:1: error: the URL /_redirects is also claimed by (generated _redirects)"], "\(errors)")
    }

    @Test("a slug longer than file systems allow is an error at the post, not a write failure")
    func longSlug() async throws {
        let long = String(repeating: "a", count: 300)
        let errors = try await buildErrors(try siteWithPermalink("/\(long)/"))
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("content/posts/second.md:5:1: error: the URL /\(long)/ cannot be written: the segment") == true, "\(errors)")
    }

    @Test("a front matter syntax error does not hide the errors of other posts, nor those of comment files")
    func errorsOfOtherPosts() async throws {
        let site = try writeSite("""
            -- content/posts/broken.md --
            ---
            title: [unclosed
            ---
            -- content/posts/orphan.md --
            ---
            title: Orphan
            date: 2020-03-01
            author: nobody
            ---
            """)
        try FileManager.default.createDirectory(at: site.appending(path: "comments"), withIntermediateDirectories: true)
        try Data("status: maybe\n".utf8).write(to: site.appending(path: "comments/first.yml"))
        let errors = try await buildErrors(site)
        #expect(errors.count == 3, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("comments/first.yml:1:9: error:") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("content/posts/broken.md:") })
        #expect(errors.contains { $0.hasPrefix("content/posts/orphan.md:4:1: error: unknown author `nobody`") })
    }

    @Test("a template that does not parse names its file and line")
    func templateError() async throws {
        let site = try writeSite("""
            -- templates/post.mustache --
            {{<layout}}
            {{$main}}
            <h1>{{post.title}</h1>
            {{/main}}
            {{/layout}}
            """)
        let errors = try await buildErrors(site)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("templates/post.mustache:3:") == true)
        #expect(errors.first?.contains("error: template does not parse") == true)
    }

    @Test("a site template overrides the default by name")
    func templateOverride() async throws {
        let site = try writeSite("""
            -- templates/partials/footer.mustache --
            <footer class="custom">Custom footer for {{site.title}}</footer>
            """)
        let output = site.appending(path: "public")
        try await build(site, into: output)
        let html = try String(contentsOf: output.appending(path: "index.html"), encoding: .utf8)
        #expect(html.contains("<footer class=\"custom\">Custom footer for Mini</footer>"))
    }

    @Test("a file that is not UTF-8 is named with its line")
    func invalidUTF8() async throws {
        let site = try writeSite()
        try (Data("---\ntitle: Caf".utf8) + Data([0xE9]) + Data("\n---\n".utf8)).write(to: site.appending(path: "content/posts/latin1.md"))
        #expect(try await buildErrors(site) == ["content/posts/latin1.md:2:11: error: the file is not valid UTF-8; save it as UTF-8"])
    }

    @Test("a folder without cmblog.yml is refused with a hint")
    func notASite() async throws {
        let errors = try await buildErrors(try temporaryFolder())
        #expect(errors == ["cmblog.yml: error: no cmblog.yml here: run cmblog in a content repository, or give --source DIR"])
    }
}

@Suite("Site redirect files")
struct SiteRedirectFileTests {
    static let aliasedPost = """
        -- content/posts/moved.md --
        ---
        title: Moved
        date: 2020-03-01
        author: ana
        aliases: [/old/moved/]
        ---
        """

    @Test("keeps the site's own _redirects rules first")
    func ownRulesFirst() async throws {
        let site = try writeSite(Self.aliasedPost + """

            -- static/_redirects --
            /shop  https://shop.example.com/  301
            """)
        let output = site.appending(path: "public")
        try await build(site, into: output)
        let text = try String(contentsOf: output.appending(path: "_redirects"), encoding: .utf8)
        #expect(text.hasPrefix("/shop  https://shop.example.com/  301\n\n# Old URLs"))
        #expect(text.contains("/old/moved/  /2020/03/moved/  301"))
    }

    @Test("a _redirects file it cannot read is an error, not rules silently dropped")
    func unreadableOwnRules() async throws {
        let site = try writeSite(Self.aliasedPost)
        try FileManager.default.createDirectory(at: site.appending(path: "static"), withIntermediateDirectories: true)
        try Data([0x2F, 0x61, 0xE9, 0x0A]).write(to: site.appending(path: "static/_redirects"))
        #expect(try await buildErrors(site) == ["static/_redirects:1:3: error: the file is not valid UTF-8; save it as UTF-8"])
    }
}

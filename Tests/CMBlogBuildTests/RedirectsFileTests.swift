import CMBlogBuild
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

/// `redirects.yml`: old URLs that belong to no post (archives, feeds), each leading to a page.
@Suite("Redirects file")
struct RedirectsFileTests {
    @Test("each line gets an alias page and server rules; a query is matched by the rules only")
    func redirectsAreWritten() async throws {
        let site = try writeSite("""
            -- redirects.yml --
            # Old archive and feed URLs.
            /category/news/: /2020/01/first/
            /feed/: /feed.xml
            /?cat=3: /2020/01/first/
            """)
        let output = try temporaryFolder().appending(path: "public")
        let report = try await build(site, into: output)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let alias = try String(contentsOf: output.appending(path: "category/news/index.html"), encoding: .utf8)
        #expect(alias.contains("url=/2020/01/first/\""))
        #expect(FileManager.default.fileExists(atPath: output.appending(path: "feed/index.html").path))
        let rules = try String(contentsOf: output.appending(path: "_redirects"), encoding: .utf8)
        #expect(rules.contains("/category/news/  /2020/01/first/  301\n"))
        #expect(rules.contains("/  cat=3  /2020/01/first/  301\n"))
        let apache = try String(contentsOf: output.appending(path: ".htaccess"), encoding: .utf8)
        #expect(apache.contains("RewriteCond %{QUERY_STRING} ^cat=3$\nRewriteRule ^$ /2020/01/first/? [R=301,L]"))
    }

    @Test("a redirect to a place in a page leads to that page, and Apache keeps its fragment")
    func fragmentTargets() async throws {
        let site = try writeSite("""
            -- redirects.yml --
            /old-anchor/: /2020/01/first/#comments
            """)
        let output = try temporaryFolder().appending(path: "public")
        let report = try await build(site, into: output)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let apache = try String(contentsOf: output.appending(path: ".htaccess"), encoding: .utf8)
        #expect(apache.contains("RewriteRule ^old-anchor/$ /2020/01/first/#comments [R=301,L,NE]"))
    }

    @Test("a bad line is an error at its line and column")
    func badLinesNameTheirPlace() async throws {
        let site = try writeSite("""
            -- redirects.yml --
            /ok/: /2020/01/first/
            https://old.example.com/x/: /2020/01/first/
            /list/: [a, b]
            """)
        #expect(try await buildErrors(site) == [
            "redirects.yml:2:1: error: 'https://old.example.com/x/' is not an old path of this site, such as /category/news/",
            "redirects.yml:3:9: error: the redirect of /list/ must lead to a path of this site, such as /categories/news/",
        ])
        let twice = try writeSite("""
            -- redirects.yml --
            /twice/: /2020/01/first/
            /twice/: /feed.xml
            """)
        #expect(try await buildErrors(twice).first?.hasPrefix("redirects.yml:") == true, "an old path written twice is refused")
    }

    @Test("a redirect to no page of the site is a warning at its line")
    func aTargetThatIsNotBuiltIsReported() async throws {
        let site = try writeSite("""
            -- redirects.yml --
            /old/: /nowhere/
            """)
        let report = try await build(site)
        #expect(report.diagnostics.map(\.description) == ["redirects.yml:1:1: warning: /nowhere/ is not a page or file of this site: this redirect leads nowhere"])
    }

    @Test("an old URL that is also a post's alias is an error naming both")
    func aClashWithAnAliasIsAnError() async throws {
        let site = try writeSite("""
            -- content/posts/second.md --
            ---
            title: Second
            date: 2020-02-01
            author: ana
            aliases: [/old/]
            ---
            -- redirects.yml --
            /old/: /2020/01/first/
            """)
        let errors = try await buildErrors(site)
        #expect(errors.count == 1 && errors[0].contains("redirects.yml:1:1") && errors[0].contains("content/posts/second.md"), "\(errors)")
    }
}

import CMBlogTestSupport
import Foundation
import Testing

@Suite("cmblog check")
struct CheckCommandTests {
    let exampleSite = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "example-site")

    /// A site whose post links to a page that does not exist, on line 7, column 25.
    func brokenSite() throws -> URL { try site(saying: "Hello, see [the launch](/launch-that-never-was/).") }

    /// A site of one post whose line 7 is `text`.
    func site(saying text: String) throws -> URL {
        try InlineFixture("""
            -- cmblog.yml --
            title: Broken
            baseURL: https://broken.example.com/
            language: en
            -- authors/ana.yml --
            name: Ana
            -- content/posts/first.md --
            ---
            title: First
            date: 2020-01-01
            author: ana
            summary: First.
            ---
            \(text)
            """).write()
    }

    @Test("the help's usage line names the command, as the generated CI files look for")
    func help() throws {
        let result = try cmblog("check", "--help")
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: cmblog check"))
        #expect(result.output.contains("--external") && result.output.contains("--format"))
    }

    @Test("the example site comes out clean")
    func exampleSiteClean() throws {
        let result = try cmblog("check", "--source", exampleSite.path)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasPrefix("No errors"))
    }

    @Test("a new site, built then checked in place as CI does, is clean")
    func newSiteInCI() throws {
        let folder = try newFolder()
        #expect(try cmblog("new", "site", "blog", in: folder).status == 0)
        let site = folder.appending(path: "blog")
        #expect(try cmblog("build", "--output", "public", in: site).status == 0)
        let checked = try cmblog("check", "--output", "public", in: site)
        #expect(checked.status == 0, "\(checked.error)")
    }

    @Test("errors name the post's line and column and fail the command, in each format")
    func formats() throws {
        let site = try brokenSite()
        let text = try cmblog("check", "--source", site.path)
        #expect(text.status == 1)
        #expect(text.error.contains("content/posts/first.md:7:25: error: the link to /launch-that-never-was/ leads nowhere"))
        let github = try cmblog("check", "--source", site.path, "--format", "github")
        #expect(github.status == 1)
        #expect(github.output.contains("::warning file=cmblog.yml,title=pages.description::cmblog.yml has no `description:`"))
        #expect(github.output.contains("::error file=content/posts/first.md,line=7,col=25,title=links.broken::the link to /launch-that-never-was/ leads nowhere"))
        let json = try cmblog("check", "--source", site.path, "--format", "json")
        #expect(json.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(report["version"] as? Int == 1 && report["errors"] as? Int == 1)
        #expect(!FileManager.default.fileExists(atPath: site.appending(path: "public").path), "a check without --output writes no output into the site")
    }

    @Test("a site built for another address is checked with the same --base-url, which makes its absolute links internal")
    func baseURL() throws {
        let site = try site(saying: "See [the launch](https://staging.example.net/nowhere/).")
        let output = site.appending(path: "staging")
        #expect(try cmblog("build", "--source", site.path, "--output", output.path, "--base-url", "https://staging.example.net/").status == 0)
        let staged = try cmblog("check", "--source", site.path, "--output", output.path, "--base-url", "https://staging.example.net/")
        #expect(staged.status == 1)
        #expect(staged.error.contains("content/posts/first.md:7:18: error: the link to /nowhere/ leads nowhere"))
        #expect(try cmblog("check", "--source", site.path, "--output", output.path).status == 0, "without it, the link is another site's")
    }

    @Test("an --output that is not a folder is a usage error")
    func missingOutput() throws {
        let result = try cmblog("check", "--source", exampleSite.path, "--output", "/nonexistent/public")
        #expect(result.status == 2)
        #expect(result.error.contains("--output /nonexistent/public: no such folder"))
    }
}

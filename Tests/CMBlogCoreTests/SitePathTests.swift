import CMBlogCore
import Testing

@Suite("Site paths")
struct SitePathTests {
    @Test("maps URLs to output files", arguments: [
        ("/2012/03/slug/", "2012/03/slug/index.html"),
        ("2012/03/slug", "2012/03/slug/index.html"),
        ("/feed.xml", "feed.xml"),
        ("/", "index.html"),
        ("/old/page.html", "old/page.html"),
    ])
    func outputFiles(path: String, file: String) throws {
        #expect(try SitePath(validating: path).outputFile == file)
    }

    @Test("refuses paths that leave the site", arguments: [
        ("/../etc/passwd", SitePath.Problem.parentSegment),
        ("/a/../../b/", .parentSegment),
        ("https://evil.example/", .absoluteURL),
        ("//evil.example/x", .absoluteURL),
        ("C:/Windows/", .absoluteURL),
        ("/a\\b/", .forbiddenCharacter),
        ("", .empty),
    ])
    func refusals(path: String, problem: SitePath.Problem) {
        #expect(throws: problem) { try SitePath(validating: path) }
    }

    @Test("gives folder URLs a trailing slash")
    func canonical() throws {
        #expect(try SitePath(validating: "/about").canonical.value == "/about/")
        #expect(try SitePath(validating: "/feed.xml").canonical.value == "/feed.xml")
    }

    @Test("keeps files without an extension as files")
    func filesWithoutExtension() throws {
        #expect(try SitePath(file: "CNAME").outputFile == "CNAME")
        #expect(SitePath.root.appending(file: "_redirects").outputFile == "_redirects")
        #expect(try SitePath(validating: "/CNAME").outputFile == "CNAME/index.html")
    }
}

import CMBlogCore
import Foundation
import Testing

@Suite("Site settings")
struct SiteConfigTests {
    @Test("reads the settings of DESIGN.md")
    func reads() throws {
        let (config, warnings) = try SiteConfig.load(from: """
            title: "Maison Exemple — le blog"
            baseURL: https://blog.example.com/
            language: fr
            timezone: Europe/Paris
            permalink: /:year/:month/:slug/
            paginate: 10
            """)
        #expect(config.title == "Maison Exemple — le blog")
        #expect(config.baseURL.absoluteString == "https://blog.example.com/")
        #expect(config.timeZone.identifier == "Europe/Paris")
        #expect(config.paginate == 10)
        #expect(warnings.isEmpty)
    }

    @Test("keeps a base URL path for links")
    func basePath() throws {
        let (config, _) = try SiteConfig.load(from: "title: T\nbaseURL: https://x.github.io/blog")
        #expect(config.basePath == "/blog/")
        #expect(config.link(to: try SitePath(validating: "/a/")) == "/blog/a/")
        #expect(config.absoluteURL(of: try SitePath(validating: "/a/")) == "https://x.github.io/blog/a/")
    }

    @Test("warns about unknown keys with a suggestion")
    func unknownKey() throws {
        let (_, warnings) = try SiteConfig.load(from: "title: T\nbaseURL: https://e.com/\npaginatte: 5\n")
        #expect(warnings.map(\.description) == ["cmblog.yml:3:1: warning: unknown setting `paginatte`; did you mean `paginate`?"])
    }

    @Test("reports every bad value with its line")
    func errors() {
        #expect {
            try SiteConfig.load(from: "title: T\nbaseURL: not a url\ntimezone: Mars/Olympus\npaginate: zero\n")
        } throws: { error in
            let lines = (error as? DiagnosticError)?.diagnostics.map(\.description) ?? []
            return lines == [
                "cmblog.yml:2:10: error: `baseURL` must be an absolute http(s) address such as https://blog.example.com/",
                "cmblog.yml:3:11: error: unknown time zone 'Mars/Olympus'; use a name such as Europe/Paris or UTC",
                "cmblog.yml:4:11: error: expected a whole number greater than 0",
            ]
        }
    }
}

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

import CMBlogBuild
import CMBlogCheck
import CMBlogCore
import CMBlogSigning
import CMBlogTestSupport
import Foundation
import Testing

@Suite("cmblog check on built sites")
struct SiteCheckTests {
    /// A site with a defect of each kind that the build lets through, each on a known line.
    func defectiveSite() throws -> URL {
        let site = try InlineFixture("""
            -- cmblog.yml --
            title: Defects
            baseURL: https://defects.example.com/
            description: A site with defects.
            language: en
            -- authors/ana.yml --
            name: Ana
            links:
              website: "http://ana.example.org/"
            -- content/posts/first.md --
            ---
            title: First
            date: 2020-01-01
            author: ana
            image: /images/small.png
            ---
            Hello, see [the launch](/launch-that-never-was/).

            Jump [below](#nowhere).

            <center>Centered</center>

            <div><span>open</div>

            <img src="/images/small.png" width="300" height="200">
            """).write()
        try FileManager.default.createDirectory(at: site.appending(path: "static/images"), withIntermediateDirectories: true)
        try TestImages.png(width: 300, height: 200).write(to: site.appending(path: "static/images/small.png"))
        return site
    }

    @Test("each defect is found at its line in the post or setting responsible")
    func defectsFound() async throws {
        let findings = try await check(try defectiveSite())
        let summary = findings.summary
        for expected in [
            "links.broken content/posts/first.md:7:25", "links.fragment content/posts/first.md:9:14", "html.obsolete content/posts/first.md:11:1",
            "html.misnested content/posts/first.md:13:6", "pages.image-alt content/posts/first.md:15:11", "identity.rel-me authors/ana.yml:3:13",
            "share.image content/posts/first.md:1:1",
        ] {
            #expect(summary.contains(expected), "\(expected) in \(summary)")
        }
        #expect(findings.containsError)
        #expect(!findings.contains { $0.location.path.hasPrefix("(built site)") }, "the copies of the post's problems in lists and feeds are left out")
    }

    @Test("a clean site has no finding at all")
    func cleanSite() async throws {
        let site = try InlineFixture("""
            -- cmblog.yml --
            title: Clean
            baseURL: https://clean.example.com/blog/
            description: A clean site.
            language: en
            -- authors/ana.yml --
            name: Ana
            links:
              website: "https://ana.example.org/"
            -- content/posts/first.md --
            ---
            title: First
            date: 2020-01-01
            author: ana
            summary: The first post.
            ---
            Hello, see [the second](/blog/2020/02/second/) and [its heading](/blog/2020/02/second/#a-heading), a note[^1].

            [^1]: The note.
            -- content/posts/second.md --
            ---
            title: Second
            date: 2020-02-01
            author: ana
            summary: The second post.
            aliases: [/old/second/]
            ---
            ## A heading

            Back to [the first](../../01/first/).
            -- content/pages/about.md --
            ---
            title: About
            summary: Who we are.
            ---
            About us.
            """).write()
        let findings = try await check(site)
        #expect(findings.summary == [])
    }

    @Test("the example site comes out clean")
    func exampleSiteClean() async throws {
        let findings = try await check(exampleSite)
        #expect(findings.errors.map(\.description) == [])
    }

    @Test("a signed post changed in the output fails, at the post")
    func tamperedSignature() async throws {
        let key = try MinisignSecretKey(seed: Array(repeating: 1, count: 32), keyID: [1, 1, 1, 1, 1, 1, 1, 1])
        let site = try oneSiteWithPost("Signed words.", author: "key: \(key.publicKey.base64)")
        let post = site.appending(path: "content/posts/first.md")
        let signature = try key.sign(try Data(contentsOf: post), trustedComment: "cmblog author:ana file:first.md", untrustedComment: "test")
        try signature.fileText.write(to: site.appending(path: "content/posts/first.md.minisig"), atomically: true, encoding: .utf8)
        let output = site.appending(path: "public")
        try await Builder(options: BuildOptions(source: site, output: output, jobs: 2)).build()
        let options = SiteCheck.Options(source: site, output: output, width: 2)
        #expect(try await SiteCheck(options: options).run().findings.errors.isEmpty)
        try Data("Changed words.".utf8).write(to: output.appending(path: "2020/01/first/index.md"))
        let findings = try await SiteCheck(options: options).run().findings
        #expect(findings.errors.summary == ["identity.signature content/posts/first.md:1:1"])
    }

    @Test("content errors of the build are findings of the rule `build`, at their place")
    func buildErrors() async throws {
        let site = try InlineFixture("""
            -- cmblog.yml --
            title: Broken
            baseURL: https://broken.example.com/
            -- content/posts/first.md --
            ---
            title: First
            date: 2020-01-01
            author: nobody
            ---
            Text.
            """).write()
        let findings = try await check(site)
        #expect(findings.errors.map(\.rule) == ["build"])
        #expect(findings.errors.first?.location.path == "content/posts/first.md")
    }

    @Test("`translations: required` pairs missing are errors at the untranslated post")
    func requiredTranslations() async throws {
        let site = try InlineFixture("""
            -- cmblog.yml --
            title: Deux
            baseURL: https://deux.example.com/
            languages:
              fr: {}
              en: {}
            translations: required
            -- authors/ana.yml --
            name: Ana
            -- content/posts/premier.md --
            ---
            title: Premier
            date: 2020-01-01
            author: ana
            ---
            Texte.
            """).write()
        let findings = try await check(site)
        #expect(findings.errors.contains { $0.location.path == "content/posts/premier.md" })
    }
}

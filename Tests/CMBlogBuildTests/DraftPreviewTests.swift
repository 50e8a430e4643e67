import CMBlogBuild
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

/// A preview build (`--drafts --future`): drafts and posts not due yet are shown, marked, and
/// kept out of everything that announces the site.
@Suite("Draft preview")
struct DraftPreviewTests {
    static let preview: Task<[String: String], any Error> = Task {
        let output = try temporaryFolder().appending(path: "public")
        let options = BuildOptions(source: fixtureSites.appending(path: "brand"), output: output, includeDrafts: true, includeFuture: true,
                                   jobs: 2, now: fixedNow)
        _ = try await Builder(options: options).build()
        return try FileTree.read(output).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    func file(_ path: String) async throws -> String {
        try #require(try await Self.preview.value[path], "missing \(path)")
    }

    static let noindex = "<meta name=\"robots\" content=\"noindex\">"

    @Test("a draft and a future post carry a banner in the page's language and noindex", arguments: [
        "2013/02/brouillon/index.html", "2099/01/futur/index.html",
    ])
    func marked(path: String) async throws {
        let html = try await file(path)
        #expect(html.contains(Self.noindex))
        #expect(html.contains("<p class=\"draft-banner\" role=\"note\"><strong>Brouillon</strong> Pas encore publié\u{202F}:"))
    }

    @Test("a published post of the same preview is neither marked nor hidden")
    func publishedUnmarked() async throws {
        let html = try await file("2012/03/pourquoi-signer/index.html")
        #expect(!html.contains(Self.noindex))
        #expect(!html.contains("draft-banner"))
    }

    @Test("lists show drafts marked as such")
    func listsMark() async throws {
        let archive = try await file("archives/2013/index.html")
        #expect(archive.contains("<span class=\"draft-mark\">Brouillon</span>"))
        let count = archive.components(separatedBy: "draft-mark").count - 1
        #expect(count == 1, "only the draft of 2013 is marked, not the English post")
    }

    @Test("feeds, comment feeds and the sitemap leave drafts and future posts out")
    func notAnnounced() async throws {
        let files = try await Self.preview.value
        // The manifest announces nothing: it is the inventory of the preview's files, drafts included.
        let announcing = files.filter { ($0.key.hasSuffix(".xml") || $0.key.hasSuffix(".json")) && $0.key != ManifestFiles.standard.manifest }
        #expect(announcing.keys.contains("sitemap.xml") && announcing.keys.contains("feed.xml"))
        for (path, text) in announcing {
            #expect(!text.contains("brouillon") && !text.contains("futur"), "\(path) announces a preview-only post")
        }
        #expect(try await file("sitemap.xml").contains("/2012/03/pourquoi-signer/"))
    }
}

/// `cmblog new post` makes a draft.
@Suite("New post")
struct NewPostDraftTests {
    @Test("is a draft, left out of a normal build until the line is removed")
    func draftUntilPublished() async throws {
        let site = try writeSite()
        let file = try NewPost.make(title: "Next", author: nil, now: fixedNow.addingTimeInterval(-3600), in: LocalFileSystem(root: site))
        #expect(file.text.contains("\ndraft: true\n"))
        #expect(NewPost.nextSteps(path: file.path).contains("remove the line `draft: true` from \(file.path)"))
        try Scaffold.write([file], into: site)
        let output = try temporaryFolder().appending(path: "public")
        func pages() throws -> [String] { try FileTree.read(output).keys.filter { $0.contains("next") && $0.hasSuffix(".html") } }
        try await build(site, into: output)
        #expect(try pages().isEmpty)
        try Data(file.text.replacingOccurrences(of: "draft: true\n", with: "").utf8).write(to: site.appending(path: file.path))
        try await build(site, into: output)
        #expect(try pages().count == 1)
    }
}

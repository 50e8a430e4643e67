@testable import CMBlogBuild
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

/// Builds after an edit, with the build cache: they render again only the files whose inputs
/// changed, parse again only the files whose bytes changed, and give what a cold build gives.
@Suite("Warm builds")
struct WarmBuildTests {
    /// A blog of six posts with tags and a comment thread.
    static let blog: String = {
        let posts = (1...6).map { number in
            """
            -- content/posts/post-\(number).md --
            ---
            title: Post \(number)
            date: 2020-0\(number)-01
            author: ana
            tags: [\(number % 2 == 0 ? "even" : "odd")]
            ---
            Body of post \(number), with *emphasis*.
            """
        }.joined(separator: "\n")
        return posts + """

            -- comments/post-2.yml --
            status: open
            comments:
              - id: "1"
                author: Léa
                date: 2020-02-02T10:00:00Z
                body: First comment.
            """
    }()

    private func setup() throws -> BuildCacheTests.Setup {
        try BuildCacheTests.Setup(Self.blog)
    }

    @Test("after one edit of a post's body, only what shows that post is rendered again")
    func oneEdit() async throws {
        let site = try setup()
        let cold = try await site.build()
        try site.write("content/posts/post-3.md", "---\ntitle: Post 3\ndate: 2020-03-01\nauthor: ana\ntags: [odd]\n---\nA new body.\n")
        let warm = try await site.build()
        #expect(warm.pagesWritten > 0 && warm.pagesWritten * 2 < cold.pagesWritten, "\(warm.pagesWritten) of \(cold.pagesWritten)")
        #expect(try FileTree.read(site.output) == (try await site.coldOutput()))
    }

    @Test("over a series of edits of every kind, every warm build equals a cold build")
    func seriesOfEdits() async throws {
        let site = try setup()
        try await site.build()
        let edits: [(String, String?)] = [
            ("content/posts/post-4.md", "---\ntitle: Post 4, renamed\ndate: 2020-04-01\nauthor: ana\ntags: [odd, new]\n---\nChanged.\n"),
            ("comments/post-2.yml", "status: closed\ncomments:\n  - id: \"1\"\n    author: Léa\n    date: 2020-02-02T10:00:00Z\n    body: Edited comment.\n"),
            ("content/posts/post-7.md", "---\ntitle: Post 7\ndate: 2020-07-01\nauthor: ana\n---\nNew post.\n"),
            ("content/posts/post-1.md", nil),
            ("authors/ana.yml", "name: Ana Renamed\n"),
            ("content/posts/post-5.md", "---\ntitle: Post 5\ndate: 2019-05-01\nauthor: ana\ntags: [odd]\n---\nMoved back in time.\n"),
            ("templates/partials/footer.mustache", "<footer>Own footer</footer>\n"),
        ]
        for (path, text) in edits {
            if let text { try site.write(path, text) } else { try FileManager.default.removeItem(at: site.source.appending(path: path)) }
            #expect(!(try await site.build()).upToDate, "after \(path)")
            #expect(try FileTree.read(site.output) == (try await site.coldOutput()), "after \(path)")
        }
    }

    @Test("a template change renders every page again")
    func templateChange() async throws {
        let site = try setup()
        let cold = try await site.build()
        try site.write("templates/partials/footer.mustache", "<footer>Own footer</footer>\n")
        #expect(try await site.build().pagesWritten == cold.pagesWritten)
    }

    @Test("a fresh checkout (same bytes, new times) and an output restored from a CI cache still make a warm build")
    func freshCheckout() async throws {
        let site = try setup()
        let cold = try await site.build()
        for (path, data) in try FileTree.read(site.source) where !path.hasPrefix(".cmblog/") {
            let url = site.source.appending(path: path)
            try FileManager.default.removeItem(at: url)
            try data.write(to: url)
        }
        try site.restoreOutput()
        try site.write("content/posts/post-3.md", "---\ntitle: Post 3\ndate: 2020-03-01\nauthor: ana\ntags: [odd]\n---\nA new body.\n")
        let warm = try await site.build()
        #expect(warm.pagesWritten * 2 < cold.pagesWritten)
        #expect(try FileTree.read(site.output) == (try await site.coldOutput()))
    }

    @Test("a damaged part of the parse cache is ignored with a note, and written again")
    func damagedPack() async throws {
        let site = try setup()
        try await site.build()
        let folder = site.cache.appending(path: PackedParseArchive.folderName)
        let pack = folder.appending(path: try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().first))
        let bytes = try Data(contentsOf: pack)
        try bytes.prefix(bytes.count - 3).write(to: pack)
        try site.write("content/posts/post-3.md", "---\ntitle: Post 3\ndate: 2020-03-01\nauthor: ana\n---\nA new body.\n")
        let report = try await site.build()
        #expect(report.diagnostics.contains { $0.severity == .note && $0.message.contains("damaged") && $0.location.path == pack.path })
        #expect(try FileTree.read(site.output) == (try await site.coldOutput()))
        try site.write("content/posts/post-3.md", "---\ntitle: Post 3\ndate: 2020-03-01\nauthor: ana\n---\nAgain.\n")
        #expect(!(try await site.build()).diagnostics.contains { $0.severity == .note }, "the pack was written again")
    }

    @Test("a build stopped before it recorded its output leaves a cache the next build uses safely")
    func stoppedBuild() async throws {
        let site = try setup()
        try await site.build()
        // A build stopped after replacing the output forgot the record first.
        try FileManager.default.removeItem(at: try site.record)
        try site.write("content/posts/post-3.md", "---\ntitle: Post 3\ndate: 2020-03-01\nauthor: ana\n---\nA new body.\n")
        #expect(!(try await site.build()).upToDate)
        #expect(try FileTree.read(site.output) == (try await site.coldOutput()))
        #expect(try await site.build().upToDate)
    }

    @Test("a build with --no-cache into another folder leaves the main folder's record alone")
    func otherOutput() async throws {
        let site = try setup()
        try await site.build()
        var options = BuildOptions(source: site.source, output: try temporaryFolder().appending(path: "preview"), jobs: 2, now: fixedNow)
        options.cacheFolder = site.cache
        options.readsCache = false
        _ = try await Builder(options: options).build()
        #expect(try await site.build().upToDate)
    }

    @Test("parses are found only under the salt and bytes they were kept with")
    func archiveKeys() throws {
        let folder = try temporaryFolder()
        let digests = ["content/posts/a.md": "aaaa", "content/posts/b.md": "aaaa", "content/posts/c.md": "cccc", "content/posts/c.md.minisig": "ffff"]
        let archive = PackedParseArchive(cacheFolder: folder, salt: "cmblog 1", sourceDigests: digests)
        let key = try #require(archive.key(path: "content/posts/a.md", companions: ["content/posts/a.md.minisig"]))
        archive.keep(Data("parsed".utf8), as: key)
        archive.save()
        let again = PackedParseArchive(cacheFolder: folder, salt: "cmblog 1", sourceDigests: digests)
        #expect(again.record(key) == Data("parsed".utf8))
        #expect(again.key(path: "content/posts/a.md", companions: ["content/posts/a.md.minisig"]) == key)
        #expect(again.key(path: "content/posts/b.md", companions: ["content/posts/b.md.minisig"]) != key, "same bytes, other file")
        #expect(again.key(path: "content/posts/c.md", companions: []) != again.key(path: "content/posts/c.md", companions: ["content/posts/c.md.minisig"]))
        #expect(again.key(path: "content/posts/new.md", companions: []) == nil, "bytes not known")
        let otherVersion = PackedParseArchive(cacheFolder: folder, salt: "cmblog 2", sourceDigests: digests)
        #expect(otherVersion.key(path: "content/posts/a.md", companions: ["content/posts/a.md.minisig"]) != key)
        #expect(otherVersion.notes.isEmpty)
        let unlisted = PackedParseArchive(cacheFolder: folder, salt: "cmblog 1", sourceDigests: nil)
        #expect(unlisted.key(path: "content/posts/a.md", companions: []) == nil)
    }
}

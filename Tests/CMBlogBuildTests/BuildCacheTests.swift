import CMBlogBuild
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

/// `cmblog build`'s cache: a build with nothing changed does nothing, and whatever happened
/// to the sources, the output or the cache, the output is the one a cold build makes.
@Suite("Build cache")
struct BuildCacheTests {
    /// A site, its output folder and its cache folder.
    struct Setup {
        let source: URL
        let output: URL
        let cache: URL

        init(_ extra: String = "") throws {
            source = try writeSite(extra)
            let folder = try temporaryFolder()
            output = folder.appending(path: "public")
            cache = folder.appending(path: "cache")
        }

        @discardableResult
        func build(now: Date = fixedNow, readsCache: Bool = true) async throws -> BuildReport {
            var options = BuildOptions(source: source, output: output, jobs: 2, now: now)
            options.cacheFolder = cache
            options.readsCache = readsCache
            return try await Builder(options: options).build()
        }

        /// The output of a build without any cache, into a folder of its own.
        func coldOutput(now: Date = fixedNow) async throws -> [String: Data] {
            let cold = try temporaryFolder().appending(path: "public")
            _ = try await Builder(options: BuildOptions(source: source, output: cold, jobs: 2, now: now)).build()
            return try FileTree.read(cold)
        }

        func write(_ path: String, _ text: String) throws {
            let url = source.appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        /// Writes the output again, file by file, as a CI cache restores it: the same bytes
        /// with new inodes and times.
        func restoreOutput() throws {
            let files = try FileTree.read(output)
            try FileManager.default.removeItem(at: output)
            for (path, data) in files {
                let url = output.appending(path: path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
        }

        /// The record of builds into `output`: the cache's only `build-….record`.
        var record: URL {
            get throws {
                let names = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasPrefix("build-") && $0.hasSuffix(".record") }
                return cache.appending(path: try #require(names.count == 1 ? names.first : nil))
            }
        }
    }

    @Test("a second build with nothing changed does nothing, and says the output is up to date")
    func noChange() async throws {
        let site = try Setup()
        let first = try await site.build()
        #expect(!first.upToDate && first.pagesWritten > 0)
        let second = try await site.build()
        #expect(second.upToDate && second.pagesWritten == 0)
        #expect(second.filesUnchanged == (try FileTree.read(site.output)).count)
        #expect(try FileTree.read(site.output) == (try await site.coldOutput()))
    }

    @Test("over a series of edits, every cached build equals a cold build")
    func seriesOfEdits() async throws {
        let site = try Setup()
        let edits: [(String, String?)] = [
            ("content/posts/first.md", "---\ntitle: First, edited\ndate: 2020-01-01\nauthor: ana\n---\nHello again.\n"),
            ("content/posts/second.md", "---\ntitle: Second\ndate: 2020-02-01\nauthor: ana\ntags: [news]\n---\nMore.\n"),
            ("templates/partials/footer.mustache", "<footer>Own footer</footer>\n"),
            ("authors/ana.yml", "name: Ana Renamed\n"),
            ("cmblog.yml", "title: Mini, renamed\nbaseURL: https://mini.example.com/\n"),
            ("content/posts/second.md", nil),
        ]
        try await site.build()
        for (path, text) in edits {
            if let text { try site.write(path, text) } else { try FileManager.default.removeItem(at: site.source.appending(path: path)) }
            let report = try await site.build()
            #expect(!report.upToDate, "after \(path)")
            #expect(try FileTree.read(site.output) == (try await site.coldOutput()), "after \(path)")
            #expect(try await site.build().upToDate, "nothing changed after \(path)")
        }
        #expect(try String(decoding: FileTree.read(site.output)["index.html"]!, as: UTF8.self).contains("Own footer"))
    }

    @Test("a file of the output changed, removed or added since is noticed, and the output rebuilt", arguments: ["change", "remove", "add"])
    func outputTouched(what: String) async throws {
        let site = try Setup()
        try await site.build()
        let page = site.output.appending(path: "index.html")
        switch what {
        case "change": try Data("tampered".utf8).write(to: page)
        case "remove": try FileManager.default.removeItem(at: page)
        default: try Data("extra".utf8).write(to: site.output.appending(path: "extra.html"))
        }
        let report = try await site.build()
        #expect(!report.upToDate)
        #expect(try FileTree.read(site.output) == (try await site.coldOutput()))
    }

    @Test("an output restored with new inodes and times, as from a CI cache, is recognised by its bytes")
    func restoredOutput() async throws {
        let site = try Setup()
        try await site.build()
        try site.restoreOutput()
        #expect(try await site.build().upToDate)
    }

    @Test("a damaged, truncated or foreign cache is ignored with a note, and replaced", arguments: ["damaged", "truncated", "foreign"])
    func untrustedCache(kind: String) async throws {
        let site = try Setup()
        try await site.build()
        let bytes = try Data(contentsOf: try site.record)
        let header = Data("cmblog build record 2 \(CMBlogVersion.current)\n".utf8)
        #expect(bytes.starts(with: header))
        let bad = switch kind {
        case "damaged": Data("not a record at all".utf8)
        case "truncated": bytes.prefix(bytes.count / 2)
        default: Data("cmblog build record 2 0.0.0-other\n".utf8) + bytes.dropFirst(header.count)
        }
        try bad.write(to: try site.record)
        let report = try await site.build()
        #expect(!report.upToDate)
        let note = try #require(report.diagnostics.first { $0.severity == .note })
        #expect(note.message.contains(kind == "foreign" ? "another version of cmblog (0.0.0-other)" : "damaged or truncated"))
        #expect(try FileTree.read(site.output) == (try await site.coldOutput()))
        #expect(try await site.build().upToDate, "the record was replaced by a good one")
    }

    @Test("a build without the cache renders everything, and leaves a record the next build uses")
    func noCache() async throws {
        let site = try Setup()
        try await site.build()
        #expect(!(try await site.build(readsCache: false)).upToDate)
        #expect(try await site.build().upToDate)
    }

    @Test("a scheduled post falling due makes the next build a real one")
    func scheduledPost() async throws {
        let later = fixedNow.addingTimeInterval(86_400)
        let site = try Setup("""
            -- content/posts/soon.md --
            ---
            title: Soon
            date: \(DateText.iso8601(fixedNow.addingTimeInterval(3600), in: TimeZone(identifier: "UTC")!))
            author: ana
            ---
            Out tomorrow.
            """)
        try await site.build()
        #expect(try await site.build(now: fixedNow.addingTimeInterval(60)).upToDate)
        let report = try await site.build(now: later)
        #expect(!report.upToDate)
        #expect(try FileTree.read(site.output).keys.contains { $0.contains("soon") })
        #expect(try FileTree.read(site.output) == (try await site.coldOutput(now: later)))
    }

    @Test("an up-to-date build says the warnings of the build it stands for")
    func warningsRepeated() async throws {
        let site = try Setup("""
            -- redirects.yml --
            /old/: /nowhere/
            """)
        let first = try await site.build()
        #expect(first.diagnostics.contains { $0.severity == .warning })
        let second = try await site.build()
        #expect(second.upToDate && second.diagnostics == first.diagnostics)
    }
}

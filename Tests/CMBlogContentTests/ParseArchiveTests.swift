import CMBlogContent
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Synchronization
import Testing

/// Parses kept in a `ParseArchive` come back as they were parsed, and only for the same bytes.
@Suite("Parse archive")
struct ParseArchiveTests {
    /// An archive in memory that counts what it is asked.
    final class MemoryArchive: ParseArchive {
        struct State {
            var records: [String: Data] = [:]
            var found = 0
            var kept = 0
        }
        let state = Mutex(State())

        /// The files' bytes as the archive was told them before the build.
        let sources: [String: Data]

        init(sources: [String: Data]) {
            self.sources = sources
        }

        private func key(path: String, contents: [Data?]) -> String {
            path + "|" + contents.map { $0.map { $0.base64EncodedString() } ?? "-" }.joined(separator: "|")
        }

        func key(path: String, companions: [String]) -> String? {
            key(path: path, contents: ([path] + companions).map { sources[$0] })
        }

        func currentKey(path: String, companions: [String], in fileSystem: any FileSystem) -> String? {
            key(path: path, contents: ([path] + companions).map { try? fileSystem.contents(of: $0) })
        }

        func record(_ key: String) -> Data? {
            state.withLock { state in
                let record = state.records[key]
                if record != nil { state.found += 1 }
                return record
            }
        }

        func keep(_ record: Data, as key: String) {
            state.withLock { state in
                state.records[key] = record
                state.kept += 1
            }
        }
    }

    static let files = baseFiles + """

        -- content/posts/full.md --
        ---
        title: « Un titre » complet
        date: 2024-05-01 09:30
        updated: 2024-05-02
        author: amelie
        categories: [Atelier]
        tags: [café, torréfaction]
        summary: Un résumé.
        image: /images/cover.jpg
        image_alt: Une tasse
        aliases: [/ancien/]
        lang: fr
        translation_key: cafe
        pinned: true
        comments: closed
        guid: https://old.example.com/?p=12
        ---
        Premier paragraphe avec une note[^1].

        <!--more-->

        ## Un titre de section

        | a | b |
        |---|---|
        | 1 | 2 |

        [^1]: La note.
        -- content/posts/broken.md --
        ---
        title: [unclosed
        ---
        Body.
        """

    static let fixture = InlineFixture(files).files

    /// Everything the loader gave, as comparable bytes.
    private func load(_ archive: MemoryArchive, files: [String: Data] = Self.fixture) async throws -> (Data, [Diagnostic]) {
        let fileSystem = InMemoryFileSystem(files)
        let (source, diagnostics) = await ContentLoader(fileSystem: fileSystem, width: 2, cache: ParseCache(archive: archive)).load()
        let entries = try #require(source?.entries).sorted { $0.sourcePath < $1.sourcePath }
        let authors = try #require(source?.authors)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try encoder.encode(entries) + encoder.encode(authors), diagnostics.sorted())
    }

    @Test("a second load takes every parse from the archive and gives the same entries, authors and problems")
    func sameParses() async throws {
        let archive = MemoryArchive(sources: Self.fixture)
        let (first, firstProblems) = try await load(archive)
        #expect(archive.state.withLock(\.kept) == 3, "two posts and an author")
        #expect(firstProblems.contains { $0.severity == .error && $0.location.path == "content/posts/broken.md" })
        let (second, secondProblems) = try await load(archive)
        #expect(archive.state.withLock(\.found) == 3)
        #expect(archive.state.withLock(\.kept) == 3, "nothing parsed again")
        #expect(second == first)
        #expect(secondProblems == firstProblems)
    }

    @Test("a file that changed after the archive was told its bytes is parsed, and its parse not kept")
    func changedWhileBuilding() async throws {
        let archive = MemoryArchive(sources: Self.fixture)
        var files = Self.fixture
        files["content/posts/full.md"] = Data("---\ntitle: Changed\ndate: 2024-05-01\nauthor: amelie\n---\nNew.\n".utf8)
        let (changed, _) = try await load(archive, files: files)
        #expect(archive.state.withLock(\.kept) == 2, "the broken post and the author only")
        #expect(String(decoding: changed, as: UTF8.self).contains("Changed"))
    }

    @Test("a record that does not decode is parsed again, never trusted")
    func damagedRecord() async throws {
        let archive = MemoryArchive(sources: Self.fixture)
        let (first, _) = try await load(archive)
        archive.state.withLock { state in
            for key in state.records.keys { state.records[key] = Data("damaged".utf8) }
        }
        let (second, _) = try await load(archive)
        #expect(second == first)
        #expect(archive.state.withLock(\.kept) == 6, "all three parsed again")
    }
}

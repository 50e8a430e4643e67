import CMBlogBuild
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

@Suite("Incremental rebuilds")
struct IncrementalBuildTests {
    /// A copy of the brand fixture to edit, with a session building it.
    struct Session {
        let source: URL
        let builder: IncrementalBuilder

        init(fixture: String = "brand") throws {
            source = try temporaryFolder().appending(path: "site")
            try FileManager.default.copyItem(at: fixtureSites.appending(path: fixture), to: source)
            builder = IncrementalBuilder(options: BuildOptions(source: source, output: source, jobs: 2))
        }

        func write(_ path: String, _ text: String) throws {
            let url = source.appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func read(_ path: String) throws -> String { try String(contentsOf: source.appending(path: path), encoding: .utf8) }

        func edit(_ path: String, _ change: (String) -> String) throws { try write(path, change(try read(path))) }

        func remove(_ path: String) throws { try FileManager.default.removeItem(at: source.appending(path: path)) }

        /// Rebuilds after `changed`, and checks the result is byte for byte a full build's.
        @discardableResult
        func rebuild(_ changed: Set<String>, sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws -> IncrementalBuilder.Rebuild {
            let result = try await builder.rebuild(changed: changed, now: fixedNow)
            let full = try await Builder(options: BuildOptions(source: source, output: source, jobs: 2, now: fixedNow)).renderSite(width: 2)
            #expect(result.files.map(\.path) == full.files.map(\.path), sourceLocation: sourceLocation)
            let fresh = Dictionary(uniqueKeysWithValues: full.files.map { ($0.path, $0.contents) })
            let different = result.files.filter { !Self.same($0.contents, fresh[$0.path]) }.map(\.path)
            #expect(different.isEmpty, "differs from a full build: \(different)", sourceLocation: sourceLocation)
            return result
        }

        private static func same(_ a: OutputFile.Contents, _ b: OutputFile.Contents?) -> Bool {
            switch (a, b) {
            case let (.bytes(x), .bytes(y)?): x == y
            case let (.copy(x), .copy(y)?): x == y
            default: false
            }
        }
    }

    static func pages(of rebuild: IncrementalBuilder.Rebuild) -> [String] {
        rebuild.files.map(\.path).filter { $0.hasSuffix(".html") && !$0.hasPrefix("images/") }
    }

    static let english = "content/posts/2013-01-10-english.md"

    @Test("after adding, editing, renaming and deleting posts, editing an author, adding comments and changing a template, settings and strings, the site is byte for byte a full build")
    func seriesOfEdits() async throws {
        let session = try Session()
        let first = try await session.rebuild([])
        #expect(Self.pages(of: first).allSatisfy(first.rendered.contains))

        let added = "content/posts/2013-03-01-nouveau.md"
        try session.write(added, "---\ntitle: Nouveau\ndate: 2013-03-01\nauthor: lea\ncategories: [Atelier]\ntags: [Neuf]\n---\nUn billet neuf.\n")
        let adding = try await session.rebuild([added])
        #expect(adding.changed.contains("2013/03/nouveau/index.html"))
        #expect(adding.changed.contains("tags/neuf/index.html"))
        #expect(adding.changed.contains("2013/03/nouveau/card.png"), "its generated share card")

        try session.edit(added) { $0.replacingOccurrences(of: "Un billet neuf.", with: "Un billet neuf, relu.") }
        let editing = try await session.rebuild([added])
        #expect(editing.rendered.contains("2013/03/nouveau/index.html"))
        #expect(editing.rendered.contains("2013/01/english/index.html"), "its neighbour")
        #expect(editing.rendered.contains("tags/neuf/feed.xml"))
        #expect(!editing.rendered.contains("a-propos/index.html"))
        #expect(!editing.rendered.contains("2012/03/pourquoi-signer/index.html"))
        #expect(editing.rendered.count < editing.files.count / 3, "\(editing.rendered)")
        #expect(editing.changed.count < editing.rendered.count, "a body edit leaves the lists of excerpts as they were")

        // An editor's atomic save: a temporary file written, then renamed over the post.
        let temporary = "content/posts/sedX1b2c3"
        try session.write(temporary, try session.read(added).replacingOccurrences(of: "title: Nouveau", with: "title: Tout nouveau"))
        try FileManager.default.removeItem(at: session.source.appending(path: added))
        try FileManager.default.moveItem(at: session.source.appending(path: temporary), to: session.source.appending(path: added))
        let retitling = try await session.rebuild([temporary, added])
        #expect(retitling.rendered.count < retitling.files.count / 3, "the temporary file is not read; only what the title shows in is rendered again")
        #expect(retitling.changed.contains("2013/03/nouveau/card.png"), "the card shows the new title")
        try session.edit(added) { $0.replacingOccurrences(of: "2013-03-01", with: "2011-06-01") }
        try await session.rebuild([added])

        let renamed = "content/posts/2011/2011-06-01-renomme.md"
        try FileManager.default.createDirectory(at: session.source.appending(path: "content/posts/2011"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: session.source.appending(path: added), to: session.source.appending(path: renamed))
        let renaming = try await session.rebuild([added, "content/posts/2011"])
        #expect(renaming.changed.contains("2011/06/nouveau/index.html"))

        try session.edit("authors/lea.yml") { $0.replacingOccurrences(of: "name: Léa Fixture", with: "name: Léa Renommée") }
        try await session.rebuild(["authors/lea.yml"])

        try session.write("comments/renomme.yml", "comments:\n  - id: \"1\"\n    author: Une lectrice\n    date: 2011-06-02T10:00:00Z\n    body: Merci !\n")
        let commenting = try await session.rebuild(["comments/renomme.yml"])
        #expect(commenting.changed.contains("2011/06/renomme/comments.xml"))

        try session.remove(renamed)
        try await session.rebuild([renamed])

        let template = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appending(path: "templates/post.mustache"), encoding: .utf8)
        try session.write("templates/post.mustache", template.replacingOccurrences(of: "</article>", with: "<p>Modèle changé</p></article>"))
        let templating = try await session.rebuild(["templates/post.mustache"])
        #expect(Self.pages(of: templating).allSatisfy(templating.rendered.contains), "a template change renders everything")

        try session.edit("i18n/fr.yml") { $0.replacingOccurrences(of: "Continuer la lecture", with: "Lire tout") }
        try await session.rebuild(["i18n/fr.yml"])
        try session.edit(SiteConfig.fileName) { $0.replacingOccurrences(of: "Atelier Fixture", with: "Atelier Renommé") }
        try await session.rebuild([SiteConfig.fileName])

        try session.edit(Self.english) { $0.replacingOccurrences(of: "categories: [Atelier]", with: "categories: [Atelier, Voyages]\ndraft: false") }
        try await session.rebuild([Self.english])
        try session.edit(Self.english) { $0.replacingOccurrences(of: "draft: false", with: "draft: true") }
        try await session.rebuild([Self.english])
    }

    @Test("static files, cover images and a broken then mended signed post rebuild like a full build")
    func staticFilesAndErrors() async throws {
        let session = try Session()
        try await session.rebuild([])
        try session.write("static/extra.css", "body { color: red; }\n")
        let styling = try await session.rebuild(["static/extra.css"])
        #expect(styling.changed == ["extra.css"])
        try session.write("static/extra.css", "body { color: blue; }\n")
        #expect(try await session.rebuild(["static/extra.css"]).changed == ["extra.css"])

        try FileManager.default.createDirectory(at: session.source.appending(path: "static/images"), withIntermediateDirectories: true)
        try TestImages.png(width: 1200, height: 630).write(to: session.source.appending(path: "static/images/cover.png"))
        try session.edit(Self.english) { $0.replacingOccurrences(of: "lang: en", with: "lang: en\nimage: /images/cover.png") }
        let covered = try await session.rebuild([Self.english, "static/images/cover.png"])
        #expect(covered.files.map(\.path).filter { $0.hasPrefix("images/cover-") } == [
            "images/cover-480w.webp", "images/cover-960w.webp", "images/cover-1200w.webp", "images/cover-480w.png", "images/cover-960w.png", "images/cover-1200w.png",
        ])
        try TestImages.png(width: 600, height: 315).write(to: session.source.appending(path: "static/images/cover.png"))
        let changedImage = try await session.rebuild(["static/images/cover.png"])
        #expect(changedImage.files.map(\.path).filter { $0.hasPrefix("images/cover-") } == [
            "images/cover-480w.webp", "images/cover-600w.webp", "images/cover-480w.png", "images/cover-600w.png",
        ])
        #expect(changedImage.changed.contains("2013/01/english/index.html"))

        let signed = "content/posts/2012-05-01-tableau.md"
        let original = try session.read(signed)
        try session.write(signed, original + "\nAjouté après la signature.\n")
        await #expect(throws: DiagnosticError.self) { try await session.builder.rebuild(changed: [signed], now: fixedNow) }
        // While it is broken, a quick edit of another post must not hide the error.
        try session.edit(Self.english) { $0.replacingOccurrences(of: "Really?", with: "Truly?") }
        await #expect(throws: DiagnosticError.self) { try await session.builder.rebuild(changed: [Self.english], now: fixedNow) }
        try session.write(signed, original)
        let mended = try await session.rebuild([signed])
        #expect(mended.changed.contains("2013/01/english/index.html"))
        #expect(!mended.changed.contains("2012/05/tableau/index.html"))
    }

    @Test("a file saved without being named to the rebuild is still read again, by its stamp")
    func stampsCatchUnnamedChanges() async throws {
        let session = try Session()
        try await session.rebuild([])
        try session.edit(Self.english) { $0.replacingOccurrences(of: "Really?", with: "Really, truly?") }
        let result = try await session.rebuild([])
        #expect(result.changed.contains("2013/01/english/index.html"))
    }

    @Test("adding, editing and removing a translation rebuilds its pair's switcher and alternates, byte for byte a full build")
    func translationAddedAndRemoved() async throws {
        let session = try Session(fixture: "bilingual")
        try await session.rebuild([])
        let french = "2021/05/marche/index.html"
        let english = "content/posts/2021-05-01-marche.en.md"
        try session.write(english, "---\ntitle: The Saturday market\ndate: 2021-05-01 08:00:00\nauthor: amelie\n---\nFind us at the market.\n")
        let added = try await session.rebuild([english])
        #expect(added.changed.contains(french))
        #expect(added.changed.contains("en/2021/05/marche/index.html"))
        try session.edit(english) { $0.replacingOccurrences(of: "Find us", with: "Meet us") }
        let edited = try await session.rebuild([english])
        #expect(!edited.changed.contains(french))
        try session.edit("content/posts/2021-04-03-our-roasting.md") { $0.replacingOccurrences(of: "translationKey: roasting", with: "translationKey: other") }
        let unpaired = try await session.rebuild(["content/posts/2021-04-03-our-roasting.md"])
        #expect(unpaired.changed.contains("2021/04/torrefaction/index.html"))
        try session.remove(english)
        let removed = try await session.rebuild([english])
        #expect(removed.changed.contains(french))
    }
}

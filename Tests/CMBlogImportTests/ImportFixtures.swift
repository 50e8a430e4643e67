import CMBlogImport
import CMBlogTestSupport
import Foundation

/// The import fixtures of `Tests/Fixtures/Import` and helpers to run an import into a folder.
enum ImportFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/Import")

    static var wordpress: URL { folder.appending(path: "wordpress.xml") }
    static var jekyll: URL { folder.appending(path: "jekyll") }
    static var disqus: URL { folder.appending(path: "disqus.xml") }

    /// Plans and applies an import of `input` into `target`.
    @discardableResult
    static func run(_ source: Importer.Source, _ input: URL, into target: URL, force: Bool = false) async throws -> (ImportPlan, ImportOutcome) {
        let importer = Importer(target: target)
        let plan = try await importer.plan(source, from: input)
        return (plan, try importer.apply(plan, force: force, dryRun: false))
    }

    static func text(_ path: String, in folder: URL) throws -> String {
        try String(contentsOf: folder.appending(path: path), encoding: .utf8)
    }

    /// Every file under `folder`, relative, sorted.
    static func files(in folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (enumerator?.compactMap { $0 as? URL } ?? [])
            .filter { !$0.hasDirectoryPath && (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .map { String($0.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1)) }
            .sorted()
    }

    /// The start of a small WordPress export, up to the channel's items; close it with
    /// `</channel></rss>`.
    static let wxrHead = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Essai</title><link>https://essai.example.org</link><language>fr-FR</language><wp:wxr_version>1.2</wp:wxr_version>

        """

    /// A published item of a WordPress export, by `agnes`, on three lines.
    static func wxrItem(id: Int, name: String? = nil, date: String = "2012-01-01 10:00:00", parent: Int = 0, type: String = "post", comments: String = "") -> String {
        """
        <item><title>Billet \(id)</title><dc:creator>agnes</dc:creator><content:encoded><![CDATA[Texte.]]></content:encoded>
        <wp:post_id>\(id)</wp:post_id><wp:post_date>\(date)</wp:post_date><wp:post_name>\(name ?? "billet-\(id)")</wp:post_name>
        <wp:status>publish</wp:status><wp:post_parent>\(parent)</wp:post_parent><wp:post_type>\(type)</wp:post_type>\(comments)</item>

        """
    }

    /// Writes `text` as `export.xml` in a new folder; returns it and the folder to import into.
    static func write(_ text: String) throws -> (input: URL, target: URL) {
        let folder = try Subprocess.temporaryFolder()
        let input = folder.appending(path: "export.xml")
        try Data(text.utf8).write(to: input)
        return (input, folder.appending(path: "site"))
    }
}

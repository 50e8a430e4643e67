import CMBlogBuild
import CMBlogCheck
import CMBlogCore
import CMBlogTestSupport
import Foundation

/// The repository's example site.
let exampleSite = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appending(path: "example-site")

/// A site of one post by Ana, `first.md`, with `body`; `author` is added to her file.
func oneSiteWithPost(_ body: String, author: String = "") throws -> URL {
    try InlineFixture("""
        -- cmblog.yml --
        title: One
        baseURL: https://one.example.com/
        description: One post.
        language: en
        -- authors/ana.yml --
        name: Ana
        \(author)
        -- content/posts/first.md --
        ---
        title: First
        date: 2020-01-01
        author: ana
        ---
        \(body)
        """).write()
}

/// Builds `source` into a temporary folder and checks it.
func check(_ source: URL, external: ExternalLinks.Settings? = nil) async throws -> [Finding] {
    try await SiteCheck(options: SiteCheck.Options(source: source, width: 2, external: external)).run().findings
}

/// Checks an output folder written by hand (`files`), as a site at https://hand.example.com/.
func checkOutput(_ files: [String: String], binary: [String: Data] = [:], settings: String = "") async throws -> [Finding] {
    let root = try Subprocess.temporaryFolder("cmblog-check")
    for (path, data) in files.mapValues({ Data($0.utf8) }).merging(binary, uniquingKeysWith: { $1 }) {
        let url = root.appending(path: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }
    let (config, _) = try SiteConfig.load(from: "title: Hand\ndescription: By hand.\nbaseURL: https://hand.example.com/\nlanguage: en\n" + settings)
    let site = try CheckedSite(source: root, output: root, outputLabel: "public", config: config, origins: SiteOrigins(files: [:]))
    return await SiteCheck(options: SiteCheck.Options(source: root, width: 2)).check(site)
}

/// A page of the hand-written output that passes every page check, with `head` and `body` added.
func page(head: String = "", body: String = "", lang: String = "en", url: String = "https://hand.example.com/") -> String {
    """
    <!DOCTYPE html>
    <html lang="\(lang)">
    <head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Page</title>
    <meta name="description" content="A page."><link rel="canonical" href="\(url)"><meta property="og:url" content="\(url)">
    \(head)
    </head>
    <body>
    \(body)
    </body>
    </html>
    """
}

extension [Finding] {
    /// `rule path:line` of each error and warning, for comparisons.
    var summary: [String] { filter { $0.severity != .note }.map { "\($0.rule) \($0.location)" } }
    var errors: [Finding] { filter { $0.severity == .error } }
}

import CMBlogTestSupport
import Foundation
import Testing

/// Runs the `cmblog` binary built next to the tests, as a user would.
func cmblog(_ arguments: String..., in directory: URL? = nil, input: String = "", environment: [String: String] = [:]) throws -> Subprocess.Result {
    try cmblog(arguments, in: directory, input: input, environment: environment)
}

/// Runs the `cmblog` binary with a list of arguments.
func cmblog(_ arguments: [String], in directory: URL? = nil, input: String = "", environment: [String: String] = [:]) throws -> Subprocess.Result {
    try Subprocess.run(try cmblogBinary(), arguments, in: directory, input: input, environment: environment)
}

/// The `cmblog` binary built next to the tests.
func cmblogBinary() throws -> URL {
    let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [products, Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
    return try #require(candidates.map { $0.appending(path: "cmblog") }.first { FileManager.default.isExecutableFile(atPath: $0.path) })
}

func newFolder() throws -> URL { try Subprocess.temporaryFolder("cmblog-cli") }

@Suite("Command line")
struct CommandLineTests {
    @Test("new site, new post and build work end to end")
    func scaffoldAndBuild() throws {
        let folder = try newFolder()
        let created = try cmblog("new", "site", "blog", "--language", "fr", in: folder)
        #expect(created.status == 0)
        let site = folder.appending(path: "blog")
        for path in ["cmblog.yml", "authors/editor.yml", "content/pages/about.md", ".gitignore", ".github/workflows/publish.yml"] {
            #expect(FileManager.default.fileExists(atPath: site.appending(path: path).path), "missing \(path)")
        }
        let post = try cmblog("new", "post", "Réseaux sociaux : le bilan", in: site)
        #expect(post.status == 0)
        #expect(post.output.hasPrefix("content/posts/") && post.output.hasSuffix("-reseaux-sociaux-le-bilan.md\n"))
        #expect(post.error.contains("The post is a draft") && post.error.contains("remove the line `draft: true`"))
        let built = try cmblog("build", in: site)
        #expect(built.status == 0, "\(built.error)")
        #expect(built.output.hasPrefix("Built ") && built.output.contains("into public/"))
        #expect(FileManager.default.fileExists(atPath: site.appending(path: "public/index.html").path))
    }

    @Test("content errors print file:line:col and exit with 1")
    func contentErrors() throws {
        let site = try InlineFixture("""
            -- cmblog.yml --
            title: T
            baseURL: https://t.example/
            -- content/posts/a.md --
            ---
            title: A
            date: 2012-01-01
            author: nobody
            ---
            """).write()
        let result = try cmblog("build", "--source", site.path)
        #expect(result.status == 1)
        #expect(result.error == "content/posts/a.md:4:1: error: unknown author `nobody`; add authors/nobody.yml with at least `name:`\n1 error\n")
    }

    @Test("text from the content cannot send escape sequences to the terminal")
    func controlCharactersEscaped() throws {
        let site = try InlineFixture("""
            -- cmblog.yml --
            title: T
            baseURL: https://t.example/
            -- authors/ana.yml --
            name: Ana
            -- content/posts/a.md --
            ---
            title: A
            date: 2012-01-01
            author: ana
            ---
            -- comments/a.yml --
            status: closed
            comments:
              - id: "1"
                date: 2012-01-02
                url: "javascript:\\e]2;pwned\\a\\e[2J\\u202Egnp.exe"
                body: Hi
            """).write()
        let result = try cmblog("build", "--source", site.path)
        #expect(result.status == 0, "\(result.error)")
        #expect(!result.error.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(result.error.contains("javascript:\\u{1B}]2;pwned\\u{7}\\u{1B}[2J\\u{202E}gnp.exe"), "\(result.error)")
    }

    @Test("usage errors exit with 2", arguments: [["build", "--jobs", "0"], ["build", "--no-such-flag"], ["frobnicate"], ["backfeed", "--since", "yesterday"]])
    func usageErrors(arguments: [String]) throws {
        let folder = try newFolder()
        let process = try cmblog(arguments, in: folder)
        #expect(process.status == 2)
        #expect(!process.error.isEmpty)
    }

    @Test("a --source that is not a folder is a usage error, before anything starts",
          arguments: [["build"], ["serve"], ["new", "post", "Title"], ["keygen", "--author", "ana"], ["syndicate"], ["backfeed"], ["ping"], ["sign", "a.md"]])
    func missingSource(arguments: [String]) throws {
        // serve would otherwise run until stopped: `timeout` ends it and the test fails.
        let result = try Subprocess.run(URL(fileURLWithPath: "/usr/bin/timeout"), ["20", try cmblogBinary().path] + arguments + ["--source", "/nonexistent/site"])
        #expect(result.status == 2)
        #expect(result.error.contains("--source /nonexistent/site: no such folder; give the folder of a content repository"), "\(result.error)")
    }

    @Test("serve refuses a folder without cmblog.yml rather than serving nothing")
    func serveWithoutSettings() throws {
        let folder = try newFolder()
        let result = try Subprocess.run(URL(fileURLWithPath: "/usr/bin/timeout"), ["20", try cmblogBinary().path, "serve", "--source", folder.path])
        #expect(result.status == 2)
        #expect(result.error.contains("no cmblog.yml in \(folder.standardizedFileURL.path)"), "\(result.error)")
    }

    @Test("help exits with 0")
    func help() throws {
        let result = try cmblog("build", "--help")
        #expect(result.status == 0)
        #expect(result.output.contains("--drafts") && result.output.contains("--base-url"))
    }

    @Test("new site refuses a folder that is not empty")
    func newSiteRefuses() throws {
        let folder = try newFolder()
        try Data("mine".utf8).write(to: folder.appending(path: "notes.txt"))
        let result = try cmblog("new", "site", folder.path)
        #expect(result.status == 1)
        #expect(result.error.contains("the folder is not empty"))
    }
}

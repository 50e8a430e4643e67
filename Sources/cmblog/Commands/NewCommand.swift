import ArgumentParser
import CMBlogBuild
import CMBlogCore
import Foundation

/// `cmblog new site|post`.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new site or a new post.",
        subcommands: [NewSiteCommand.self, NewPostCommand.self]
    )
}

/// `cmblog new site DIR`.
struct NewSiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "site", abstract: "Create a content repository, ready to build and publish.")

    @Argument(help: ArgumentHelp("The folder to create.", valueName: "dir"))
    var directory: String

    @Option(help: "The site's title.")
    var title = "My brand blog"

    @Option(help: "The site's language (en, fr, …).")
    var language = "en"

    @Option(help: "The site's time zone.")
    var timezone = "Europe/Paris"

    @Option(help: ArgumentHelp("Where the site is published: writes its CI files (github, gitlab, netlify, cloudflare).", valueName: "host"))
    var host: PublishingHost = .github

    @Option(name: .customLong("cmblog-source"), help: ArgumentHelp("The git URL of cmblog's source, which CI builds cmblog from (CMBLOG_SOURCE).", valueName: "url"))
    var cmblogSource = ""

    @Option(name: .customLong("cmblog-version"), help: ArgumentHelp("The tag of cmblog CI builds (CMBLOG_VERSION; default: this cmblog's version).", valueName: "tag"))
    var cmblogVersion = CMBlogVersion.current

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if TimeZone(identifier: timezone) == nil { throw ValidationError("unknown time zone '\(timezone)'") }
    }

    func run() throws {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        guard existing.isEmpty else {
            throw DiagnosticError(.error("the folder is not empty; cmblog creates a site only in a new or empty folder", path: root.path))
        }
        let release = PublishingHost.Release(version: cmblogVersion, source: cmblogSource)
        let files = NewSite.make(title: title, language: language, timeZone: TimeZone(identifier: timezone)!, now: Date(), host: host, release: release)
        try Scaffold.write(files, into: root)
        if !global.quiet {
            Terminal.line("Created a site in \(directory)/. Next: cd \(directory) && cmblog build")
            if cmblogSource.isEmpty {
                let file = host == .gitlab ? ".gitlab-ci.yml" : ".github/workflows/publish.yml"
                Terminal.line("Before the first push, set CMBLOG_SOURCE at the top of \(file) to the git URL of cmblog's source.")
            }
        }
    }
}

extension PublishingHost: ExpressibleByArgument {}

/// `cmblog new post "Title"`.
struct NewPostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "post", abstract: "Create a draft post dated now, print its path, and how to publish it.")

    @Argument(help: "The post's title.")
    var title: String

    @Option(help: ArgumentHelp("The author id (a file of authors/).", valueName: "id"))
    var author: String?

    @OptionGroup var repository: SourceOption

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let root = repository.url
        let file = try NewPost.make(title: title, author: author, now: Date(), in: LocalFileSystem(root: root))
        try Scaffold.write([file], into: root)
        Terminal.line(file.path)
        if !global.quiet { Terminal.error(NewPost.nextSteps(path: file.path) + "\n") }
    }
}

import ArgumentParser
import CMBlogBuild
import CMBlogCore
import CMBlogSyndication
import Foundation

/// `cmblog ping`: tells the WebSub hub which feeds of the built site changed.
struct PingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ping",
        abstract: "Tell the WebSub hub (websub_hub: in cmblog.yml) which feeds changed since the last ping.",
        discussion: "Run it after the site is published. The feeds last pinged are remembered in the state file; the first run pings every feed."
    )

    @OptionGroup var repository: SourceOption

    @Option(name: .long, help: ArgumentHelp("The built site (default: public/ in the source folder).", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Where the feeds last pinged are remembered (default: .cmblog/websub.json in the source folder).", valueName: "file"))
    var state: String?

    @Flag(help: "Ping every feed, changed or not.")
    var all = false

    @Flag(name: .customLong("dry-run"), help: "Only list the feeds that would be pinged.")
    var dryRun = false

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let sourceURL = repository.url
        let (config, _) = try SiteConfig.load(from: LocalFileSystem(root: sourceURL))
        let ping = WebSubPing(
            config: config, output: output.map { URL(fileURLWithPath: $0) } ?? sourceURL.appending(path: SourceLayout.defaultOutputFolder),
            stateFile: state.map { URL(fileURLWithPath: $0) } ?? sourceURL.appending(path: ".cmblog/websub.json"))
        guard let hub = config.websubHub else {
            throw DiagnosticError(.error("no `websub_hub:` in the settings: set it to your hub, such as https://pubsubhubbub.appspot.com/", path: SiteConfig.fileName))
        }
        let feeds = try ping.changedFeeds(all: all)
        if feeds.isEmpty {
            if !global.quiet { Terminal.line("No feed changed since the last ping.") }
            return
        }
        if dryRun || global.verbose { for feed in feeds { Terminal.line("  \(feed.url)") } }
        if dryRun {
            Terminal.line("Dry run: would ping \(hub) for \(DiagnosticPrinter.plural(feeds.count, "feed")).")
            return
        }
        let failures = try await ping.ping(feeds)
        for (feed, message) in failures {
            Terminal.error(Terminal.styled("error", color: 31) + ": \(Terminal.visible("\(feed.url): \(message)"))\n")
        }
        if !global.quiet { Terminal.line("Pinged \(hub) for \(DiagnosticPrinter.plural(feeds.count - failures.count, "feed")).") }
        if !failures.isEmpty { throw ExitCode.failure }
    }
}

import ArgumentParser
import CMBlogCore
import CMBlogPreview
import Foundation

/// `cmblog serve`: a local preview that rebuilds and reloads the browser on every save.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site locally; pages reload when a file is saved.",
        discussion: "Builds the site in memory and serves it with the same URLs as the published site. Nothing is written to disk. Ctrl-C stops it."
    )

    @OptionGroup var repository: SourceOption

    @Option(name: .long, help: ArgumentHelp("The port (default 4321; the next free one when it is taken).", valueName: "n"))
    var port = 4321

    @Option(name: .long, help: ArgumentHelp("The address to listen on (default 127.0.0.1: this computer only).", valueName: "addr"))
    var bind = "127.0.0.1"

    @Flag(help: "Show drafts too.")
    var drafts = false

    @Flag(help: "Show posts dated in the future too.")
    var future = false

    @Flag(help: "Open the site in the browser.")
    var open = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if !(1...65_535).contains(port) { throw ValidationError("--port must be between 1 and 65535") }
        try SourceOption.check(repository.source)
        if !FileManager.default.fileExists(atPath: repository.url.appending(path: SiteConfig.fileName).path) {
            throw ValidationError("no \(SiteConfig.fileName) in \(repository.url.path): serve a content repository (cmblog new site DIR makes one), or give --source DIR")
        }
    }

    func run() async throws {
        if !["127.0.0.1", "localhost", "::1"].contains(bind) {
            Terminal.error(Terminal.styled("warning", color: 33) + ": listening on \(bind): other computers of the network can see drafts and unpublished pages\n")
        }
        let options = PreviewServer.Options(source: repository.url, host: bind, port: port, includeDrafts: drafts, includeFuture: future)
        let printer = DiagnosticPrinter(options: global)
        let quiet = global.quiet, open = self.open
        let server = PreviewServer(options: options) { event in
            switch event {
            case .portTaken(let wanted, let used):
                Terminal.line("Port \(wanted) is taken; using \(used).")
            case .listening(let url):
                Terminal.line("Serving \(options.source.path) at \(url) — Ctrl-C to stop.")
                if open { Self.openBrowser(url) }
            case .built(let files, let rendered, let changed, let milliseconds):
                let time = "\(Int(milliseconds.rounded())) ms"
                if quiet { break }
                if changed >= files { Terminal.line("Built \(files) files in \(time).") }
                else { Terminal.line("Rebuilt \(rendered) of \(files) files in \(time) (\(changed) changed).") }
            case .failed(let diagnostics):
                printer.print(diagnostics)
                Terminal.line("The build failed: still serving the last good build.")
            }
        }
        try await server.run()
        Terminal.line("Stopped.")
    }

    private static func openBrowser(_ url: URL) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [ProcessInfo.processInfo.environment["BROWSER"] ?? "xdg-open", url.absoluteString]
        try? process.run()
    }
}

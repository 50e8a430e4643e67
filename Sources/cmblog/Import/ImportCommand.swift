import ArgumentParser
import CMBlogBuild
import CMBlogCore
import CMBlogImport
import Foundation

/// `cmblog import wordpress|jekyll|disqus`: brings posts, authors and comments from another
/// platform into a content repository, all or nothing.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import posts, authors and comments from WordPress, Jekyll or Disqus.",
        discussion: "Every file is planned before anything is written. Files already there are never replaced by different ones without --force, importing twice adds nothing, and a failed import leaves the folder as it was. A report is written to import/<source>-report.md.",
        subcommands: [WordPress.self, Jekyll.self, Disqus.self]
    )

    struct WordPress: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "wordpress", abstract: "Import a WordPress export (Tools → Export, WXR 1.0 to 1.2).")
        @Argument(help: ArgumentHelp("The export file.", valueName: "export.xml")) var export: String
        @OptionGroup var options: ImportOptions
        func run() async throws { try await options.run(.wordpress, from: export) }
    }

    struct Jekyll: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "jekyll", abstract: "Import a Jekyll site's _posts folder (or the site folder holding it).")
        @Argument(help: ArgumentHelp("The _posts folder.", valueName: "dir")) var folder: String
        @OptionGroup var options: ImportOptions
        func run() async throws { try await options.run(.jekyll, from: folder) }
    }

    struct Disqus: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "disqus", abstract: "Add the comments of a Disqus export to the posts of a content repository.")
        @Argument(help: ArgumentHelp("The export file.", valueName: "export.xml")) var export: String
        @OptionGroup var options: ImportOptions
        func run() async throws { try await options.run(.disqus, from: export) }
    }
}

/// The options every importer shares.
struct ImportOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content repository to import into (created when missing).", valueName: "dir"))
    var into = "."

    @Flag(name: .customLong("dry-run"), help: "Say what would be written, and write nothing.")
    var dryRun = false

    @Flag(help: "Replace files that already exist with different content.")
    var force = false

    @OptionGroup var global: GlobalOptions

    func run(_ source: Importer.Source, from input: String) async throws {
        let bar = ProgressBar(enabled: !global.quiet, stages: 1)
        let importer = Importer(target: URL(fileURLWithPath: into).standardizedFileURL) { event in
            switch event {
            case .started(let total): bar.handle(.stageStarted(name: "Import", total: total))
            case .advanced: bar.handle(.itemCompleted)
            }
        }
        let printer = DiagnosticPrinter(options: global)
        do {
            let plan = try await importer.plan(source, from: URL(fileURLWithPath: input))
            let outcome = try importer.apply(plan, force: force, dryRun: dryRun)
            bar.finish()
            printer.print(plan.report.warnings)
            guard !global.quiet else { return }
            for line in plan.report.summary { Terminal.line(line) }
            let verb = dryRun ? "Would write" : "Wrote"
            Terminal.line("\(verb) \(DiagnosticPrinter.plural(outcome.written.count, "file")) into \(into)/ (\(outcome.unchanged.count) unchanged, \(outcome.kept.count) kept as they were). Report: \(plan.report.path)")
            if dryRun, global.verbose { for path in outcome.written { Terminal.line("  \(path)") } }
        } catch let error as DiagnosticError {
            bar.finish()
            printer.print(error.diagnostics)
            throw ExitCode.failure
        }
    }
}

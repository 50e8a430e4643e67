import ArgumentParser
import CMBlogCheck
import CMBlogCore
import Foundation

/// `cmblog check`: builds the site (or reads a built one) and checks its links, feeds, pages,
/// identity, share cards and translations.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the site: links and anchors, feeds, pages, identity and signatures, share cards, translations.",
        discussion: """
            Without --output, builds the site into a temporary folder, checks it and removes it. With --output, \
            checks that folder as an earlier `cmblog build` left it (in CI: `cmblog build --output public` then \
            `cmblog check --output public`). Each finding names the source file responsible. Exits with 1 if \
            there are errors; warnings alone do not fail.
            """
    )

    @OptionGroup var repository: SourceOption

    @Option(name: .long, help: ArgumentHelp("Check this built site instead of building afresh.", valueName: "dir"))
    var output: String?

    @Flag(help: "Drafts too, as a preview has them (with --output: the site was built with --drafts).")
    var drafts = false

    @Flag(help: "Posts dated in the future too (with --output: the site was built with --future).")
    var future = false

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Replace baseURL of cmblog.yml (with --output: the site was built with it).", valueName: "url"))
    var baseURL: String?

    @Flag(help: "Also check links to other sites (HEAD requests, cached in .cmblog/cache/links.json for a week).")
    var external = false

    @Option(name: .long, help: ArgumentHelp("How to print findings: text, json or github (GitHub Actions annotations).", valueName: "format"))
    var format: FindingFormat = .text

    @Option(name: .long, help: ArgumentHelp("Pages checked at once (default: the number of cores, or CMBLOG_JOBS).", valueName: "n"))
    var jobs: Int?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let baseURL, URL(string: baseURL)?.host() == nil { throw ValidationError("--base-url must be an absolute URL such as https://staging.example.com/") }
        if let output { try SourceOption.checkFolder(output, option: "--output", hint: "give the folder `cmblog build` wrote, or leave --output out to build afresh") }
    }

    func run() async throws {
        let source = repository.url
        let defaultJobs = ProcessInfo.processInfo.environment["CMBLOG_JOBS"].flatMap(Int.init) ?? ProcessInfo.processInfo.activeProcessorCount
        var options = SiteCheck.Options(
            source: source, output: output.map { URL(fileURLWithPath: $0).standardizedFileURL }, outputLabel: output, width: jobs ?? defaultJobs,
            external: external ? ExternalLinks.Settings(cacheFile: source.appending(path: ".cmblog/cache/links.json")) : nil)
        options.includeDrafts = drafts
        options.includeFuture = future
        options.baseURL = baseURL.flatMap { URL(string: $0.hasSuffix("/") ? $0 : $0 + "/") }
        let (findings, timing) = try await SiteCheck(options: options).run()
        let shown = findings.filter { $0.severity == .error || ($0.severity == .warning && !global.quiet) || global.verbose }
        switch format {
        case .text:
            DiagnosticPrinter(options: global).print(findings.map { finding in
                var diagnostic = finding.diagnostic
                diagnostic.message += " [\(finding.rule)]"
                return diagnostic
            })
            if !global.quiet && !findings.containsError {
                Terminal.line("No errors\(shown.isEmpty ? "" : ", \(DiagnosticPrinter.plural(shown.count, "warning"))") (built in \(String(format: "%.2f", timing.build)) s, checked in \(String(format: "%.2f", timing.checks)) s).")
            }
        case .json, .github:
            FileHandle.standardOutput.write(Data(format.render(shown).utf8))
        }
        if findings.containsError { throw ExitCode.failure }
    }
}

extension FindingFormat: ExpressibleByArgument {}

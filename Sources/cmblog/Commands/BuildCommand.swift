import ArgumentParser
import CMBlogBuild
import CMBlogCore
import CMBlogSigning
import Foundation

/// `cmblog build`: builds the site into `public/`.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from a content repository.",
        discussion: "Reads cmblog.yml, content/, authors/, static/, templates/ and i18n/, and writes the site. The previous output is replaced only when the build succeeds."
    )

    @OptionGroup var repository: SourceOption

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: public/ in the source folder).", valueName: "dir"))
    var output: String?

    @Flag(help: "Publish drafts too.")
    var drafts = false

    @Flag(help: "Publish posts dated in the future too.")
    var future = false

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Replace baseURL of cmblog.yml.", valueName: "url"))
    var baseURL: String?

    @Option(name: .long, help: ArgumentHelp("Pages processed at once (default: the number of cores, or CMBLOG_JOBS).", valueName: "n"))
    var jobs: Int?

    @Option(name: .customLong("site-key"), help: ArgumentHelp(
        "The site's secret key, which signs the manifest (default: $CMBLOG_SITE_KEY, else ~/.config/cmblog/keys/site@HOST.key when present).",
        valueName: "file"))
    var siteKey: String?

    @Flag(name: .customLong("no-cache"), help: "Build everything, without the build cache of .cmblog/cache/ (a fresh one is still written).")
    var noCache = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let baseURL, URL(string: baseURL)?.host() == nil { throw ValidationError("--base-url must be an absolute URL such as https://staging.example.com/") }
    }

    func run() async throws {
        let sourceURL = repository.url
        let outputURL = output.map { URL(fileURLWithPath: $0).standardizedFileURL }
        let defaultJobs = ProcessInfo.processInfo.environment["CMBLOG_JOBS"].flatMap(Int.init) ?? ProcessInfo.processInfo.activeProcessorCount
        var options = BuildOptions(
            source: sourceURL, output: outputURL, includeDrafts: drafts, includeFuture: future,
            baseURL: baseURL.flatMap { URL(string: $0.hasSuffix("/") ? $0 : $0 + "/") }, jobs: jobs ?? defaultJobs
        )
        options.cacheFolder = sourceURL.appending(path: SourceLayout.cacheFolder)
        options.readsCache = !noCache
        options.freesMemory = false
        options.siteKey = try Self.siteSecretKey(source: sourceURL, file: siteKey)
        let bar = ProgressBar(enabled: !global.quiet)
        let printer = DiagnosticPrinter(options: global)
        do {
            let report = try await Builder(options: options, progress: bar.handle).build()
            bar.finish()
            printer.print(report.diagnostics)
            if let translations = report.translationsJSON { try Self.writeTranslationReport(translations, into: sourceURL) }
            if !global.quiet { Terminal.line(Self.summary(of: report, relativeTo: sourceURL)) }
        } catch let error as DiagnosticError {
            bar.finish()
            printer.print(error.diagnostics)
            throw ExitCode.failure
        }
    }

    /// The site's secret key, when one is at hand. Settings that cannot be read give none:
    /// the build then reports what is wrong with them.
    static func siteSecretKey(source: URL, file: String?) throws -> MinisignSecretKey? {
        guard let config = try? SiteConfig.load(from: LocalFileSystem(root: source)).0 else { return nil }
        return try KeygenCommand.siteSecretKey(config: config, file: file)
    }

    /// Where the translation report of a site with `languages:` is written, in the repository,
    /// for tools: outside the published site.
    static let translationReportPath = ".cmblog/translations.json"

    /// Writes the translation report into the repository's `.cmblog/` folder.
    static func writeTranslationReport(_ json: String, into source: URL) throws {
        let file = source.appending(path: translationReportPath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(json.utf8).write(to: file, options: .atomic)
    }

    static func summary(of report: BuildReport, relativeTo source: URL) -> String {
        let output = report.output.path.hasPrefix(source.path + "/") ? String(report.output.path.dropFirst(source.path.count + 1)) : report.output.path
        if report.upToDate {
            return "Nothing changed since the last build: \(output)/ is up to date (checked in \(String(format: "%.2f", report.duration)) s)."
        }
        let unchanged = report.filesUnchanged > 0 ? ", \(report.filesUnchanged) unchanged" : ""
            + (report.imagesMade > 0 ? ", \(DiagnosticPrinter.plural(report.imagesMade, "image")) resized" : "")
        return "Built \(DiagnosticPrinter.plural(report.pagesWritten, "page")) and copied \(DiagnosticPrinter.plural(report.filesCopied, "file")) into \(output)/ in \(String(format: "%.2f", report.duration)) s\(unchanged)."
    }
}

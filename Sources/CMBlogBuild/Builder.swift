import CMBlogComments
import CMBlogContent
import CMBlogCore
import CMBlogFeeds
import CMBlogImages
import CMBlogManifest
import CMBlogTemplates
import Foundation

/// Builds a site: load → resolve → render → write, each a named stage.
///
/// Content errors are collected across the whole stage that found them and thrown together as
/// a `DiagnosticError`; the previous output is left untouched when the build fails.
public struct Builder: Sendable {
    let options: BuildOptions
    let progress: @Sendable (BuildProgress) -> Void

    /// - Parameters:
    ///   - options: What to build.
    ///   - progress: Called as stages start and items complete, from any thread.
    public init(options: BuildOptions, progress: @escaping @Sendable (BuildProgress) -> Void = { _ in }) {
        self.options = options
        self.progress = progress
    }

    /// Runs the build: each file is written as soon as it is rendered, so the site is never
    /// held in memory whole.
    /// - Throws: `DiagnosticError` for content errors; other errors for file-system failures.
    public func build() async throws -> BuildReport {
        let started = ContinuousClock.now
        let width = max(1, options.jobs)
        let writer = OutputWriter(source: options.source, output: options.output)
        try writer.prepare()
        let fileSystem = LocalFileSystem(root: options.source)
        let cached = await CachedBuild(options: options, fileSystem: fileSystem)
        if let report = cached?.upToDate(started: started) { return report }
        let parses = cached.map { ParseCache(archive: $0.archive) }
        defer { cached?.archive.save() }  // the parses of a build that fails are kept too
        let (loaded, loadWarnings) = try await loadAndResolve(fileSystem: fileSystem, width: width, cache: parses)
        cached?.archive.save()
        let (jobs, renderers, warnings) = try plan(loaded, sourceRoot: fileSystem.root, warnings: loadWarnings)
        let keys: [String?] = if let cached, let parses {
            await RenderInputs(loaded, revisions: parses.revisions(), generation: cached.generation).keys(for: jobs, width: width)
        } else {
            jobs.map { _ in nil }
        }

        // The files the previous build rendered from the same inputs, still as it left them.
        let keptStamps = await jobs.indices.concurrentMap(width: width) { index in
            keys[index].flatMap { key in cached?.kept(jobs[index].path.outputFile, key: key) }
        }
        let publication = try ManifestPublication(config: loaded.site.config, source: options.source, siteKey: options.siteKey)
        let paths = jobs.map(\.path.outputFile) + publication.paths
        // Most files kept: only the others are written, then moved into the output.
        let staged: any OutputSite = if keptStamps.count { $0 != nil } * 2 > jobs.count && OutputMarker.isPresent(in: options.output) {
            try writer.patch(paths)
        } else {
            try writer.stage(paths)
        }
        progress(.stageStarted(name: "Render and write files", total: jobs.count))
        let unchanged: Int, kept: Int
        var hashes: [String: String] = [:]
        do {
            let results = try await jobs.indices.concurrentMap(width: width) { [progress] index -> Result<(PlacedFile, kept: Bool), any Error> in
                defer { progress(.itemCompleted) }
                let job = jobs[index], path = job.path.outputFile
                if let stamp = keptStamps[index] {
                    return Result { (try staged.keep(path, sha256: stamp.sha256, size: Int(stamp.size)), true) }
                }
                return Result { (try staged.place(Self.file(for: job, with: renderers)), false) }
            }.map { try $0.get() }
            let placed = results.map(\.0)
            (unchanged, kept) = (placed.filter(\.unchanged).count, results.filter(\.kept).count)
            let published = try publication.files(listing: placed.map(\.entry)).map { try staged.place($0) }
            for entry in (placed + published).map(\.entry) { hashes[entry.path] = entry.sha256 }
            cached?.forget()
            try staged.commit()
        } catch {
            staged.discard()
            throw error
        }
        let copied = jobs.filter(\.work.isCopied).count
        var report = BuildReport(
            pagesWritten: jobs.count - copied - kept,
            imagesMade: loaded.pictures.made,
            filesCopied: copied,
            filesUnchanged: unchanged,
            diagnostics: (warnings + (cached?.notes ?? [])).sorted(),
            duration: Self.seconds(since: started),
            output: options.output,
            translationsJSON: loaded.site.config.isMultilingual ? TranslationReport(site: loaded.site).json : nil
        )
        report.origins = SiteOrigins(jobs)
        let renderedKeys = Dictionary(zip(jobs.map(\.path.outputFile), keys).compactMap { path, key in key.map { (path, $0) } },
                                      uniquingKeysWith: { first, _ in first })
        let keptByPath = Dictionary(zip(jobs.map(\.path.outputFile), keptStamps).compactMap { path, stamp in stamp.map { (path, $0) } },
                                    uniquingKeysWith: { first, _ in first })
        await cached?.remember(report, nextScheduled: loaded.nextScheduled, hashes: hashes, kept: keptByPath, keys: renderedKeys)
        if !options.freesMemory { ProcessLifetime.keep([loaded, jobs, renderers, parses, keys, keptStamps, hashes, cached] as [any Sendable]) }
        return report
    }

    /// Every file of the site, rendered in memory (load, resolve and render, without writing):
    /// what `build()` writes.
    /// - Returns: The files in plan order, how many of them are copies of repository files, and
    ///   the warnings.
    public func renderSite(width: Int) async throws -> (files: [OutputFile], copied: Int, warnings: [Diagnostic]) {
        let fileSystem = LocalFileSystem(root: options.source)
        let (loaded, loadWarnings) = try await loadAndResolve(fileSystem: fileSystem, width: width)
        let (jobs, renderers, warnings) = try plan(loaded, sourceRoot: fileSystem.root, warnings: loadWarnings)
        progress(.stageStarted(name: "Render pages", total: jobs.count))
        let files = try await Self.render(jobs, with: renderers, width: width, progress: progress)
        return (files, jobs.filter(\.work.isCopied).count, warnings)
    }

    /// The plan stage: every file the site will have, what renders them, and `warnings` with
    /// those of the plan added (a redirect leading nowhere).
    /// - Throws: `DiagnosticError` when two files claim one URL.
    func plan(_ loaded: LoadedSite, sourceRoot: URL, warnings: [Diagnostic]) throws -> ([RenderJob], SiteRenderers, [Diagnostic]) {
        let renderers = SiteRenderers(loaded, fileSystem: LocalFileSystem(root: sourceRoot))
        let (jobs, problems) = RenderPlan(site: loaded.site, theme: loaded.theme.theme, sourceRoot: sourceRoot, commentFeeds: renderers.commentFeeds,
                                          imageJobs: loaded.pictures.jobs).makeJobs()
        if problems.containsError { throw DiagnosticError(warnings + problems) }
        let untranslated = renderers.pages.languagesWithoutStrings.map { language in
            Diagnostic.warning("the theme has no interface strings in `\(language)`: its pages say \"Read more\" and \"Page not found\" in English; add i18n/\(language).yml with the keys of the theme's templates/i18n/en.yml", path: SiteConfig.fileName)
        }
        return (jobs, renderers, warnings + problems + untranslated)
    }

    /// The load and resolve stages: the repository read, checked and linked, with its theme
    /// and its comment archive.
    /// - Parameters:
    ///   - cache: What earlier builds of a session parsed, reused for files that did not change.
    ///   - signatures: What checks signatures; a plain check of each unless given.
    ///   - theme: The theme, when it is already compiled.
    public func loadAndResolve(
        fileSystem: any FileSystem, width: Int, cache: ParseCache? = nil, signatures: any SignatureChecking = MinisignChecker(),
        theme knownTheme: CompiledTheme? = nil
    ) async throws -> (LoadedSite, [Diagnostic]) {
        progress(.stageStarted(name: "Load content", total: 0))
        let settings = Result { () throws(DiagnosticError) in try SiteConfig.load(from: fileSystem) }
        // Comment files are read while posts are: Markdown goes through one gate (see
        // `CmarkGate`), and parsing comments keeps the other cores busy meanwhile. They are
        // read even when the site has errors, so theirs are reported too.
        async let threadLoad = Self.loadThreads(fileSystem: fileSystem, settings: settings, width: width, cache: cache)
        var (loaded, diagnostics): (SiteSource?, [Diagnostic])
        switch settings {
        case .success(let (config, warnings)):
            (loaded, diagnostics) = await ContentLoader(fileSystem: fileSystem, width: width, cache: cache).load(config: config)
            diagnostics = warnings + diagnostics
        case .failure(let error):
            (loaded, diagnostics) = (nil, error.diagnostics)
        }
        var theme = knownTheme
        if theme == nil {
            do {
                theme = try ThemeLoader.load(from: fileSystem)
            } catch {
                diagnostics += error.diagnostics
            }
        }
        // Errors confined to posts and pages leave the rest of the site to check, so one broken
        // file does not hide the problems of the others; anything else stops here.
        let entryFolders = [ContentLoader.Folder.posts + "/", ContentLoader.Folder.pages + "/"]
        let onlyEntriesFailed = diagnostics.filter { $0.severity == .error }.allSatisfy { error in
            entryFolders.contains { error.location.path.hasPrefix($0) }
        }
        guard var source = loaded, let theme, onlyEntriesFailed else { throw DiagnosticError(diagnostics) }
        if let baseURL = options.baseURL { source.config.baseURL = baseURL }
        source.config.manifestIsSigned = options.siteKey != nil

        progress(.stageStarted(name: "Resolve site", total: 0))
        let assembler = SiteAssembler(options: .init(
            includeDrafts: options.includeDrafts, includeFuture: options.includeFuture, now: options.now, signatures: signatures, width: width))
        let (site, assembly) = await assembler.assemble(source)
        diagnostics += assembly
        let (threads, threadProblems) = await threadLoad
        diagnostics += threadProblems
        guard let site, !diagnostics.containsError else { throw DiagnosticError(diagnostics) }

        let (comments, archiveProblems) = await CommentArchive.assemble(site: site, threads: threads, width: width)
        diagnostics += archiveProblems
        guard !diagnostics.containsError else { throw DiagnosticError(diagnostics) }
        let images = ImageCatalog.measure(site, in: fileSystem, cache: cache)
        progress(.stageStarted(name: "Resize images", total: 0))
        let (pictures, imageProblems) = await SiteImages.make(site: site, root: options.source, fileSystem: fileSystem, width: width, memo: cache)
        diagnostics += imageProblems
        guard !diagnostics.containsError else { throw DiagnosticError(diagnostics) }
        let scheduled = options.includeFuture ? nil : source.entries.lazy
            .filter { $0.kind == .post && $0.withheldReason == nil && !($0.isDraft && !self.options.includeDrafts) }.compactMap(\.date).filter { $0 > self.options.now }.min()
        return (LoadedSite(site: site, theme: theme, comments: comments, images: images, pictures: pictures, nextScheduled: scheduled), diagnostics)
    }

    /// The comment threads of the repository, when its settings could be read.
    private static func loadThreads(
        fileSystem: any FileSystem, settings: Result<(SiteConfig, [Diagnostic]), DiagnosticError>, width: Int, cache: ParseCache?
    ) async -> ([CommentThread], [Diagnostic]) {
        guard case .success(let (config, _)) = settings else { return ([], []) }
        return await CommentArchiveLoader(fileSystem: fileSystem, timeZone: config.timeZone, width: width, cache: cache).load()
    }

    /// The render stage: every job turned into bytes, concurrently, in job order.
    /// - Throws: `DiagnosticError` with the problems of every job that failed (a share card that cannot be drawn).
    static func render(
        _ jobs: [RenderJob], with renderers: SiteRenderers, width: Int, progress: @escaping @Sendable (BuildProgress) -> Void
    ) async throws(DiagnosticError) -> [OutputFile] {
        let results = await jobs.concurrentMap(width: width) { job in
            defer { progress(.itemCompleted) }
            return Result { () throws(DiagnosticError) in try file(for: job, with: renderers) }
        }
        let problems = results.flatMap { result -> [Diagnostic] in
            if case .failure(let error) = result { error.diagnostics } else { [] }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return results.compactMap { try? $0.get() }
    }

    /// The file one job makes.
    /// - Throws: `DiagnosticError` when a share card cannot be drawn.
    static func file(for job: RenderJob, with renderers: SiteRenderers) throws(DiagnosticError) -> OutputFile {
        let path = job.path.outputFile
        return switch job.work {
        case .page(let kind):
            OutputFile(path: path, contents: .bytes(Data(completingImages(renderers.pages.renderBytes(kind, at: job.path), at: path, with: renderers))))
        case .shareCard(.post(let index)): OutputFile(path: path, contents: .copy(of: try renderers.cards.card(for: renderers.pages.site.posts[index])))
        case .shareCard(.page(let index)): OutputFile(path: path, contents: .copy(of: try renderers.cards.card(for: renderers.pages.site.pages[index])))
        case .feed(let scope, let format): OutputFile(path: path, contents: .bytes(Data(format.write(renderers.feeds.feed(for: scope)).utf8)))
        case .commentFeed(let scope):
            OutputFile(path: path, contents: .bytes(Data(FeedFormat.atom.write(renderers.commentFeeds.feed(for: scope)).utf8)))
        case .text(let text): OutputFile(path: path, contents: .bytes(Data(text.utf8)))
        case .bytes(let data): OutputFile(path: path, contents: .bytes(data))
        case .copy(let url): OutputFile(path: path, contents: .copy(of: url))
        }
    }

    /// An HTML page with its `<img>` tags completed (sizes, copies, lazy loading); other files as they are.
    private static func completingImages(_ page: [UInt8], at path: String, with renderers: SiteRenderers) -> [UInt8] {
        path.hasSuffix(".html") ? renderers.markup.apply(toBytes: page) : page
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

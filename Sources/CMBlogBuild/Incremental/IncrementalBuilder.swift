import CMBlogContent
import CMBlogCore
import CMBlogTemplates
import Foundation

/// Builds one site again and again in a session (`cmblog serve`): each rebuild reads again
/// only the files that changed and renders again only the files whose inputs changed (see
/// `RenderInputs`). What it gives is, byte for byte, what a full build gives.
///
/// A change to `cmblog.yml`, `templates/` or `i18n/` starts afresh: everything is read and
/// rendered again.
public actor IncrementalBuilder {
    /// The site after one rebuild.
    public struct Rebuild: Sendable {
        /// Every file of the site, in plan order.
        public let files: [OutputFile]
        /// Output paths added, removed or changed since the previous rebuild, sorted.
        public let changed: [String]
        /// The output paths of the pages and feeds rendered again, in plan order; the others
        /// were kept from the previous rebuild. (Copies and text made in code are always made
        /// again, at no cost worth saving, and are not counted.)
        public let rendered: [String]
        public let warnings: [Diagnostic]
    }

    /// One file kept between rebuilds, with the key of what it was made from.
    private struct Kept {
        let key: Int?
        let contents: OutputFile.Contents
    }

    private let options: BuildOptions
    private let fileSystem: LocalFileSystem
    private let cache = ParseCache()
    private let verdicts: RememberedVerdicts
    /// Changes whenever settings, templates or interface strings change.
    private var generation = 0
    private var globalStamps: [String: FileStamp?]?
    private var theme: CompiledTheme?
    private var kept: [String: Kept] = [:]

    /// - Parameter options: What to build; `output` is not used, and `now` is given to each rebuild.
    public init(options: BuildOptions) {
        self.options = options
        self.fileSystem = LocalFileSystem(root: options.source)
        self.verdicts = RememberedVerdicts(checker: MinisignChecker())
    }

    /// Builds the site again.
    /// - Parameters:
    ///   - changed: Paths (files or folders, relative to the source folder) changed since
    ///     the previous rebuild, as a file watcher reports them. Files whose stamp changed are
    ///     read again even when not named.
    ///   - now: The moment of the build, which decides which posts are in the future.
    /// - Throws: `DiagnosticError` for content errors; the previous rebuild stays the base of the next one.
    public func rebuild(changed: Set<String> = [], now: Date = Date()) async throws -> Rebuild {
        let width = max(1, options.jobs)
        startAfreshIfGlobalInputsChanged(changed)
        cache.invalidate(changed)

        var options = options
        options.now = now
        let builder = Builder(options: options)
        let (loaded, warnings) = try await builder.loadAndResolve(
            fileSystem: fileSystem, width: width, cache: cache, signatures: verdicts, theme: theme)
        theme = loaded.theme
        verdicts.forgetUnused()
        let (jobs, renderers) = try builder.plan(loaded, sourceRoot: fileSystem.root, warnings: warnings)

        let inputs = RenderInputs(loaded, revisions: cache.revisions(), generation: generation)
        let keys = jobs.map { inputs.key(for: $0.work) }
        let stale = jobs.indices.filter { index in
            guard let key = keys[index], let old = kept[jobs[index].path.outputFile] else { return true }
            return old.key != key
        }
        let made = await Builder.render(stale.map { jobs[$0] }, with: renderers, width: width) { _ in }
        let remade = Dictionary(uniqueKeysWithValues: zip(stale, made))

        let edited = Set(changed.map { fileSystem.root.appending(path: $0).standardizedFileURL.path })
        var next: [String: Kept] = [:]
        var changedPaths: [String] = []
        let files = jobs.indices.map { index -> OutputFile in
            let path = jobs[index].path.outputFile
            let contents = remade[index]?.contents ?? kept[path]!.contents
            if remade[index] != nil, !Self.same(kept[path]?.contents, contents, edited: edited) { changedPaths.append(path) }
            next[path] = Kept(key: keys[index], contents: contents)
            return OutputFile(path: path, contents: contents)
        }
        changedPaths += kept.keys.filter { next[$0] == nil }
        kept = next
        return Rebuild(files: files, changed: changedPaths.sorted(), rendered: stale.filter { keys[$0] != nil }.map { jobs[$0].path.outputFile }, warnings: warnings)
    }

    /// The files every page depends on: settings, templates and interface strings.
    private func startAfreshIfGlobalInputsChanged(_ changed: Set<String>) {
        var stamps: [String: FileStamp?] = [SiteConfig.fileName: fileSystem.stamp(of: SiteConfig.fileName)]
        for folder in Self.globalFolders {
            for path in (try? fileSystem.files(under: folder)) ?? [] { stamps[path] = fileSystem.stamp(of: path) }
        }
        let named = changed.contains { path in
            path == SiteConfig.fileName || Self.globalFolders.contains { path == $0 || path.hasPrefix($0 + "/") }
        }
        guard named || stamps != globalStamps else { return }
        generation += 1
        globalStamps = stamps
        cache.removeAll()
        theme = nil
    }

    private static let globalFolders = [ThemeLoader.overrideFolder, ContentLoader.Folder.localizations]

    /// Whether a file made again is the same as before: the same bytes, or a copy of the same
    /// repository file that was not edited.
    private static func same(_ old: OutputFile.Contents?, _ new: OutputFile.Contents, edited: Set<String>) -> Bool {
        switch (old, new) {
        case let (.bytes(a)?, .bytes(b)): a == b
        case let (.copy(a)?, .copy(b)): a == b && !edited.contains(a.standardizedFileURL.path)
        default: false
        }
    }
}

import CMBlogContent
import CMBlogCore
import CMBlogTemplates
import Foundation

/// Builds one site again and again in a session (`cmblog serve`): each rebuild reads again
/// only the files that changed and renders again only the files whose inputs changed (see
/// `RenderInputs`). What it gives is, byte for byte, what a full build gives.
///
/// A change to `cmblog.yml`, `redirects.yml`, `categories.yml`, `templates/` or `i18n/` starts
/// afresh: everything is read and rendered again.
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

    /// What the previous rebuild made, which the next one starts from.
    private struct Previous {
        let loaded: LoadedSite
        let jobs: [RenderJob]
        let keys: [String?]
        let files: [OutputFile]
        /// The index in `files` of each output path.
        let positions: [String: Int]
        /// Where each published entry sits in the site, by source file.
        let entryPositions: [String: EntryEdit.Position]
        let warnings: [Diagnostic]
    }

    private let options: BuildOptions
    private let fileSystem: LocalFileSystem
    private let cache = ParseCache()
    private let verdicts: RememberedVerdicts
    /// Changes whenever settings, templates or interface strings change.
    private var generation = 0
    private var globalStamps: [String: FileStamp?]?
    private var theme: CompiledTheme?
    private var previous: Previous?
    /// Whether the last rebuild failed: the next one assembles the whole site, so a file
    /// still broken is reported again rather than hidden behind the last good build.
    private var lastFailed = false

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
        let mayBeQuick = !lastFailed
        lastFailed = true
        let earlier = Dictionary(uniqueKeysWithValues: changed.compactMap { path in
            cache.kept((Entry?, [Diagnostic]).self, for: path).map { (path, $0) }
        })
        let read = changed.filter { !isUnread($0) }
        cache.invalidate(changed)

        var options = options
        options.now = now
        let builder = Builder(options: options)
        let loaded: LoadedSite, jobs: [RenderJob], renderers: SiteRenderers, warnings: [Diagnostic]
        /// The previous rebuild's plan, when this one has the same files in the same order.
        var samePlan: Previous?
        if mayBeQuick, let previous, !changed.isEmpty, previous.loaded.nextScheduled.map({ $0 > now }) ?? true,
           let edit = EntryEdit(changed: read, in: previous.loaded.site, positions: previous.entryPositions, earlier: earlier, reload: { path in
               ContentLoader(fileSystem: fileSystem, width: 1, cache: cache).loadEntry(at: path, config: previous.loaded.site.config)
           }) {
            let old = previous.loaded
            loaded = LoadedSite(site: edit.applied(to: old.site), theme: old.theme, comments: old.comments, images: old.images, pictures: old.pictures,
                                nextScheduled: old.nextScheduled)
            jobs = edit.applied(to: previous.jobs, in: loaded.site, positions: previous.entryPositions)
            renderers = SiteRenderers(loaded, fileSystem: fileSystem)
            warnings = previous.warnings
            samePlan = previous
        } else {
            let loadWarnings: [Diagnostic]
            (loaded, loadWarnings) = try await builder.loadAndResolve(
                fileSystem: fileSystem, width: width, cache: cache, signatures: verdicts, theme: theme)
            theme = loaded.theme
            verdicts.forgetUnused()
            (jobs, renderers, warnings) = try builder.plan(loaded, sourceRoot: fileSystem.root, warnings: loadWarnings)
        }

        let inputs = RenderInputs(loaded, revisions: cache.revisions(), generation: String(generation))
        let keys = await inputs.keys(for: jobs, width: width)
        let stale = jobs.indices.filter { index in
            guard let key = keys[index], let previous else { return true }
            if samePlan != nil { return previous.keys[index] != key }
            return previous.positions[jobs[index].path.outputFile].map { previous.keys[$0] != key } ?? true
        }
        let made = try await Builder.render(stale.map { jobs[$0] }, with: renderers, width: width) { _ in }
        let edited = Set(changed.map { fileSystem.root.appending(path: $0).standardizedFileURL.path })
        let remade = Dictionary(uniqueKeysWithValues: zip(stale, made))
        let (files, changedPaths) = if let samePlan { patch(samePlan.files, remade: remade, edited: edited) }
            else { collect(jobs: jobs, remade: remade, edited: edited) }
        previous = Previous(loaded: loaded, jobs: jobs, keys: keys, files: files,
                            positions: samePlan?.positions ?? Dictionary(uniqueKeysWithValues: files.indices.map { (files[$0].path, $0) }),
                            entryPositions: samePlan?.entryPositions ?? EntryEdit.positions(in: loaded.site), warnings: warnings)
        lastFailed = false
        return Rebuild(files: files, changed: changedPaths, rendered: stale.filter { keys[$0] != nil }.map { jobs[$0].path.outputFile },
                       warnings: warnings)
    }

    /// The previous files with those made again in place, for a rebuild of the same plan,
    /// and the paths whose contents changed.
    private func patch(_ files: [OutputFile], remade: [Int: OutputFile], edited: Set<String>) -> ([OutputFile], [String]) {
        var files = files
        var changed: [String] = []
        for (index, new) in remade {
            if !Self.same(files[index].contents, new.contents, edited: edited) { changed.append(new.path) }
            files[index] = new
        }
        return (files, changed.sorted())
    }

    /// The files of the rebuild, kept or made again, and the paths that changed since the
    /// previous one (added, removed or with new contents).
    private func collect(jobs: [RenderJob], remade: [Int: OutputFile], edited: Set<String>) -> ([OutputFile], [String]) {
        var changed: [String] = []
        var paths = Set<String>()
        let files = jobs.indices.map { index -> OutputFile in
            let path = jobs[index].path.outputFile
            paths.insert(path)
            let old = previous.flatMap { previous in previous.positions[path].map { previous.files[$0] } }
            guard let new = remade[index] else { return old! }
            if !Self.same(old?.contents, new.contents, edited: edited) { changed.append(path) }
            return new
        }
        changed += previous?.files.map(\.path).filter { !paths.contains($0) } ?? []
        return (files, changed.sorted())
    }

    /// Whether a build never reads `path`: a file under `content/` that is no entry, no
    /// signature and holds nothing read before, such as an editor's temporary file, come and
    /// gone within the save.
    private func isUnread(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let extensions = ContentLoader.contentExtensions.union([String(SignedSource.signatureExtension.dropFirst())])
        guard path.hasPrefix("content/"), !extensions.contains((name as NSString).pathExtension.lowercased()), !cache.holds(path) else { return false }
        var isFolder: ObjCBool = false
        return !FileManager.default.fileExists(atPath: fileSystem.root.appending(path: path).path, isDirectory: &isFolder) || !isFolder.boolValue
    }

    /// The files every page depends on: settings, redirects, categories, templates and interface strings.
    private func startAfreshIfGlobalInputsChanged(_ changed: Set<String>) {
        var stamps = Dictionary(uniqueKeysWithValues: SourceLayout.readFiles.map { ($0, fileSystem.stamp(of: $0)) })
        for folder in Self.globalFolders {
            for path in (try? fileSystem.files(under: folder)) ?? [] { stamps[path] = fileSystem.stamp(of: path) }
        }
        let named = changed.contains { path in
            SourceLayout.readFiles.contains(path) || Self.globalFolders.contains { path == $0 || path.hasPrefix($0 + "/") }
        }
        guard named || stamps != globalStamps else { return }
        generation += 1
        globalStamps = stamps
        cache.removeAll()
        theme = nil
        previous = nil
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

import CMBlogBuild
import Foundation

/// Reports the files of a content repository that change, in batches: an editor's save makes a
/// burst of events (write, rename, attribute change), which arrive as one batch once the
/// folder has been quiet for a moment.
///
/// It watches `cmblog.yml`, `redirects.yml`, `categories.yml` and every folder a build reads,
/// recursively, including folders created later. On Linux it uses inotify; elsewhere it
/// compares modification dates twice a second.
public final class FileWatcher: Sendable {
    /// The folders a build reads.
    public static let watchedFolders = SourceLayout.readFolders

    /// Batches of changed paths, relative to the repository.
    public let batches: AsyncStream<Set<String>>
    private let continuation: AsyncStream<Set<String>>.Continuation
    private let source: any ChangeSource

    /// Starts watching `root`; a batch is sent once `quiet` has passed without a new event.
    public init(root: URL, quiet: Duration = .milliseconds(20)) throws {
        let root = root.standardizedFileURL.resolvingSymlinksInPath()
        let (batches, continuation) = AsyncStream<Set<String>>.makeStream()
        self.batches = batches
        self.continuation = continuation
        let report: @Sendable (Set<String>) -> Void = { batch in
            let relevant = batch.filter(Self.matters)
            if !relevant.isEmpty { continuation.yield(relevant) }
        }
        #if os(Linux)
        source = try InotifySource(root: root, quiet: quiet, report: report)
        #else
        source = PollingSource(root: root, report: report)
        #endif
    }

    /// Stops watching; the batches end.
    public func stop() {
        source.stop()
        continuation.finish()
    }

    /// Whether a change to `path` (relative to the repository) can change the site.
    static func matters(_ path: String) -> Bool {
        SourceLayout.readFiles.contains(path) || watchedFolders.contains { path == $0 || path.hasPrefix($0 + "/") }
    }
}

/// Where file events come from: it calls its `report` with each batch of relative paths.
protocol ChangeSource: Sendable {
    func stop()
}

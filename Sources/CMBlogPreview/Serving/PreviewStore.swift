import CMBlogBuild
import CMBlogCore
import Foundation

/// The build the preview serves, the errors of the last attempt, and the browsers listening
/// for reloads.
///
/// A failed build never replaces a good one: pages keep coming from the last good build, with
/// the errors shown over them until a build succeeds again.
public actor PreviewStore {
    /// What a listening page is told after a rebuild.
    public enum ReloadEvent: String, Sendable {
        /// Reload the page.
        case page
        /// Only stylesheets changed: swap them without reloading.
        case css
    }

    private(set) var files: [String: OutputFile.Contents] = [:]
    private(set) var errors: [Diagnostic] = []
    private var listeners: [UUID: AsyncStream<ReloadEvent>.Continuation] = [:]

    public init() {}

    /// Takes a new successful build, and tells the listening pages what changed.
    /// - Parameter editedFiles: Repository files changed since the last build: a copied file
    ///   among them counts as changed even though its path did not.
    /// - Returns: The paths of the built files that changed.
    @discardableResult
    public func publish(_ newFiles: [OutputFile], editedFiles: Set<String> = []) -> [String] {
        let next = Dictionary(newFiles.map { ($0.path, $0.contents) }, uniquingKeysWith: { _, last in last })
        let changed = Set(next.keys).union(files.keys).filter { !Self.same(files[$0], next[$0], edited: editedFiles) }.sorted()
        let hadErrors = !errors.isEmpty
        files = next
        errors = []
        if !changed.isEmpty || hadErrors {
            broadcast(!hadErrors && changed.allSatisfy { $0.hasSuffix(".css") } ? .css : .page)
        }
        return changed
    }

    /// Keeps the last good build and shows `diagnostics` over it.
    public func fail(_ diagnostics: [Diagnostic]) {
        errors = diagnostics
        broadcast(.page)
    }

    /// The current errors (empty after a good build).
    public var currentErrors: [Diagnostic] { errors }

    /// The file at `key`, if the build has one.
    func file(_ key: String) -> OutputFile.Contents? { files[key] }

    /// A stream of reload events, ended when the listener goes away.
    func listen() -> AsyncStream<ReloadEvent> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<ReloadEvent>.makeStream(bufferingPolicy: .bufferingNewest(4))
        listeners[id] = continuation
        continuation.onTermination = { [weak self] _ in Task { await self?.stopListening(id) } }
        return stream
    }

    /// Ends every event stream, so open pages let the server shut down.
    public func closeListeners() {
        for continuation in listeners.values { continuation.finish() }
        listeners = [:]
    }

    /// How many pages are listening.
    public var listenerCount: Int { listeners.count }

    private func stopListening(_ id: UUID) { listeners[id] = nil }

    private func broadcast(_ event: ReloadEvent) {
        for continuation in listeners.values { continuation.yield(event) }
    }

    private static func same(_ old: OutputFile.Contents?, _ new: OutputFile.Contents?, edited: Set<String>) -> Bool {
        switch (old, new) {
        case let (.bytes(a)?, .bytes(b)?): a == b
        case let (.copy(a)?, .copy(b)?): a == b && !edited.contains(a.standardizedFileURL.path)
        default: false
        }
    }
}

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
    /// - Parameter changed: The paths of the files added, removed or changed since the
    ///   previous build (as `IncrementalBuilder` reports them).
    public func publish(_ newFiles: [OutputFile], changed: [String]) {
        let hadErrors = !errors.isEmpty
        files = Dictionary(newFiles.map { ($0.path, $0.contents) }, uniquingKeysWith: { _, last in last })
        errors = []
        if !changed.isEmpty || hadErrors {
            broadcast(!hadErrors && changed.allSatisfy { $0.hasSuffix(".css") } ? .css : .page)
        }
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
}

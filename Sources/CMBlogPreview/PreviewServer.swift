import CMBlogBuild
import CMBlogCore
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import UnixSignals

/// `cmblog serve`: builds the site in memory, serves it, and rebuilds it when its files change.
public struct PreviewServer: Sendable {
    /// What to serve, and where.
    public struct Options: Sendable {
        public var source: URL
        public var host: String
        public var port: Int
        public var includeDrafts: Bool
        public var includeFuture: Bool
        public var jobs: Int

        public init(source: URL, host: String = "127.0.0.1", port: Int = 4321, includeDrafts: Bool = false, includeFuture: Bool = false,
                    jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
            self.source = source.standardizedFileURL
            self.host = host
            self.port = port
            self.includeDrafts = includeDrafts
            self.includeFuture = includeFuture
            self.jobs = jobs
        }
    }

    /// What the server tells the person running it.
    public enum Event: Sendable {
        case portTaken(Int, using: Int)
        case listening(URL)
        /// A build succeeded: how many files the site has, how many were made again, how many
        /// changed, and how long it took.
        case built(files: Int, rendered: Int, changed: Int, milliseconds: Double)
        case failed([Diagnostic])
    }

    public let options: Options
    public let store = PreviewStore()
    let report: @Sendable (Event) -> Void

    public init(options: Options, report: @escaping @Sendable (Event) -> Void) {
        self.options = options
        self.report = report
    }

    /// Serves until SIGINT or SIGTERM.
    /// - Throws: When no port is free, or the server cannot start.
    public func run() async throws {
        guard let port = PortFinder.firstFree(from: options.port, host: options.host) else {
            throw DiagnosticError(.error("no free port from \(options.port) to \(options.port + 99) on \(options.host); give --port", path: "cmblog serve"))
        }
        if port != options.port { report(.portTaken(options.port, using: port)) }
        let url = URL(string: "http://\(options.host.contains(":") ? "[\(options.host)]" : options.host):\(port)/")!
        let builder = IncrementalBuilder(options: BuildOptions(
            source: options.source, includeDrafts: options.includeDrafts,
            includeFuture: options.includeFuture, baseURL: url, jobs: options.jobs))
        await rebuild(with: builder, changed: [])
        let watcher = try FileWatcher(root: options.source)
        defer { watcher.stop() }
        let rebuilds = Task {
            for await batch in watcher.batches { await rebuild(with: builder, changed: batch) }
        }
        defer { rebuilds.cancel() }
        var logger = Logger(label: "cmblog.serve")
        logger.logLevel = .critical
        let application = Application(
            responder: PreviewResponder(store: store, hosts: HostCheck(bind: options.host)),
            configuration: ApplicationConfiguration(address: .hostname(options.host, port: port), serverName: "cmblog"),
            onServerRunning: { [report] _ in report(.listening(url)) },
            logger: logger)
        // On SIGINT or SIGTERM, the event streams of open pages end first, or the server would
        // wait for them forever.
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: [.init(service: application), .init(service: ListenerCloser(store: store))],
            gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    /// Builds the site again after `changed` (paths relative to the source folder) and hands
    /// the result to the store.
    func rebuild(with builder: IncrementalBuilder, changed: Set<String>) async {
        let started = ContinuousClock.now
        do {
            let result = try await builder.rebuild(changed: changed)
            await store.publish(result.files, changed: result.changed)
            let elapsed = ContinuousClock.now - started
            report(.built(files: result.files.count, rendered: result.rendered.count, changed: result.changed.count,
                          milliseconds: Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000))
        } catch let error as DiagnosticError {
            await store.fail(error.diagnostics.filter { $0.severity == .error })
            report(.failed(error.diagnostics))
        } catch {
            let diagnostic = Diagnostic.error("the build failed: \(error)", path: options.source.path)
            await store.fail([diagnostic])
            report(.failed([diagnostic]))
        }
    }
}

/// Waits for the shutdown signal, then ends the pages' event streams.
private struct ListenerCloser: Service {
    let store: PreviewStore

    func run() async throws {
        try? await gracefulShutdown()
        await store.closeListeners()
    }
}

import Synchronization

/// Values a one-shot command keeps until its process exits (`BuildOptions.freesMemory` false).
///
/// A built site is millions of small objects; freeing them one by one took a tenth of a build
/// after one edit at 10,000 posts, while the system takes the whole memory back at once when
/// the process ends. Compilers skip freeing their trees at exit for the same reason.
enum ProcessLifetime {
    private static let kept = Mutex<[any Sendable]>([])

    /// Keeps `value` alive until the process exits.
    static func keep(_ value: any Sendable) {
        kept.withLock { $0.append(value) }
    }
}

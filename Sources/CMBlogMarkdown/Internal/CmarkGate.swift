import Foundation

import CCmarkGFM
import Synchronization

/// The one way into cmark-gfm.
///
/// cmark-gfm 0.29 keeps process-wide state: registering its extensions is not thread-safe, and
/// each parse switches a global table of special inline characters on and off, so two parses
/// at once can silently lose strikethrough or autolinks. Every call into the library runs
/// inside `withExclusiveAccess`, after the extensions were registered exactly once.
enum CmarkGate {
    private static let lock: Mutex<Void> = {
        cmark_gfm_core_extensions_ensure_registered()
        return Mutex(())
    }()

    /// Runs `body` while no other thread uses cmark-gfm.
    static func withExclusiveAccess<Result: Sendable>(_ body: () -> Result) -> Result {
        lock.withLock { _ in body() }
    }
}

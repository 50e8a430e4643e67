import Foundation

/// A flag one thread raises and another reads: how a watcher's reading thread learns to end.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false

    func raise() {
        lock.lock()
        defer { lock.unlock() }
        raised = true
    }

    var isRaised: Bool {
        lock.lock()
        defer { lock.unlock() }
        return raised
    }
}

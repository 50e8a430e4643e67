import CMBlogBuild
import Foundation
import Synchronization

/// A progress bar on standard error, shown only on a terminal and only once the work has
/// taken more than a second; in CI and pipes nothing is drawn.
final class ProgressBar: Sendable {
    private struct State {
        var stage = ""
        var stageNumber = 0
        var total = 0
        var done = 0
        var lastDraw = ContinuousClock.now
        var drawn = false
    }

    private let state = Mutex(State())
    private let start = ContinuousClock.now
    private let enabled: Bool
    private let stages: Int

    /// - Parameter stages: How many stages the work announces (the four of a build by default).
    init(enabled: Bool, stages: Int = 4) {
        self.enabled = enabled && Terminal.errorIsTTY
        self.stages = stages
    }

    /// Takes a progress event from the build (from any thread).
    func handle(_ event: BuildProgress) {
        guard enabled else { return }
        state.withLock { state in
            switch event {
            case .stageStarted(let name, let total):
                state.stage = name
                state.stageNumber += 1
                state.total = total
                state.done = 0
            case .itemCompleted:
                state.done += 1
            }
            let now = ContinuousClock.now
            guard now - start > .seconds(1), now - state.lastDraw > .milliseconds(80) else { return }
            state.lastDraw = now
            state.drawn = true
            Terminal.error("\r\u{1B}[2K" + Self.line(for: state, stages: stages))
        }
    }

    /// Erases the bar, if it was drawn.
    func finish() {
        state.withLock { state in
            if state.drawn { Terminal.error("\r\u{1B}[2K") }
        }
    }

    private static func line(for state: State, stages: Int) -> String {
        let prefix = "[\(state.stageNumber)/\(stages)] \(state.stage)"
        guard state.total > 0 else { return prefix + "…" }
        let width = 30
        let filled = min(width, state.done * width / state.total)
        return "\(prefix) " + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            + " \(state.done)/\(state.total)"
    }
}

import CMBlogContent
import Synchronization

/// Signature checks remembered between rebuilds: a signed post that did not change is not
/// verified again. Verdicts not asked for by a rebuild are forgotten after it.
final class RememberedVerdicts: SignatureChecking {
    private struct Question: Hashable {
        let source: SignedSource
        let keys: [String?]
    }

    private struct State {
        var verdicts: [Question: Result<String, SignatureProblem>] = [:]
        var asked: Set<Question> = []
    }

    private let checker: any SignatureChecking
    private let state = Mutex(State())

    init(checker: any SignatureChecking) {
        self.checker = checker
    }

    func problem(withKey key: String) -> String? { checker.problem(withKey: key) }

    func signer(of source: SignedSource, among authors: [Author]) -> Result<String, SignatureProblem> {
        let question = Question(source: source, keys: authors.flatMap { [$0.id, $0.key] })
        if let known = state.withLock({ state in
            state.asked.insert(question)
            return state.verdicts[question]
        }) {
            return known
        }
        let verdict = checker.signer(of: source, among: authors)
        state.withLock { $0.verdicts[question] = verdict }
        return verdict
    }

    /// Forgets the verdicts the last rebuild did not ask for.
    func forgetUnused() {
        state.withLock { state in
            state.verdicts = state.verdicts.filter { state.asked.contains($0.key) }
            state.asked = []
        }
    }
}

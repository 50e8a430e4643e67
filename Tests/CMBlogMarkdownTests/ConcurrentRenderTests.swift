import CMBlogMarkdown
import Testing

/// cmark-gfm 0.29 switches process-wide tables during every parse; without the gate, parses
/// running at once lose strikethrough or autolinks now and then. This renders the same texts
/// on many tasks and requires the output to be exactly the single-threaded one.
@Suite("Concurrent rendering")
struct ConcurrentRenderTests {
    @Test("gives the same output whatever the number of workers")
    func sameOutputUnderConcurrency() async {
        let sources = (0..<40).map { "Item \($0): ~~old~~ new, see https://example.com/\($0) and www.example.org.\n\n| a | b |\n|---|---|\n| \($0) | x |\n\nNote.[^n]\n\n[^n]: Footnote \($0)." }
        let expected = sources.map { render($0, scope: "s").html }
        for workers in [2, 4, 8] {
            let results = await withTaskGroup(of: (Int, String).self) { group in
                for round in 0..<(workers * 150) {
                    let index = round % sources.count
                    group.addTask { (index, render(sources[index], scope: "s").html) }
                }
                var collected: [(Int, String)] = []
                for await result in group { collected.append(result) }
                return collected
            }
            let mismatches = results.filter { expected[$0.0] != $0.1 }
            #expect(mismatches.isEmpty, "\(mismatches.count) of \(results.count) renders differed with \(workers) workers")
        }
    }
}

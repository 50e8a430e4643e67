import CMBlogCore
import Testing

@Suite("Bounded concurrent map")
struct ConcurrentMapTests {
    @Test("keeps input order at any width", arguments: [1, 2, 7])
    func order(width: Int) async {
        let result = await Array(0..<100).concurrentMap(width: width) { value -> Int in
            if value % 7 == 0 { await Task.yield() }
            return value * 2
        }
        #expect(result == (0..<100).map { $0 * 2 })
    }
}

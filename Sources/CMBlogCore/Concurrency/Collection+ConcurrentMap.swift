import Foundation

extension Collection where Element: Sendable {
    /// Maps the elements concurrently, with at most `width` transforms running at once, and
    /// returns the results in the elements' order.
    ///
    /// A sliding window: a new transform starts as soon as one finishes, so a slow element
    /// never holds up the others, and there is never more than `width` tasks alive.
    public func concurrentMap<Result: Sendable>(
        width: Int,
        _ transform: @escaping @Sendable (Element) async -> Result
    ) async -> [Result] {
        let width = Swift.max(1, width)
        if width == 1 || count < 2 {
            var results: [Result] = []
            results.reserveCapacity(count)
            for element in self { results.append(await transform(element)) }
            return results
        }
        return await withTaskGroup(of: (Int, Result).self) { group in
            var results = [Result?](repeating: nil, count: count)
            var iterator = enumerated().makeIterator()
            for _ in 0..<width {
                guard let (index, element) = iterator.next() else { break }
                group.addTask { (index, await transform(element)) }
            }
            while let (index, result) = await group.next() {
                results[index] = result
                if let (nextIndex, element) = iterator.next() {
                    group.addTask { (nextIndex, await transform(element)) }
                }
            }
            return results.map { $0! }
        }
    }
}

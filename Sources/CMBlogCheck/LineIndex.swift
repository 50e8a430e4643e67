/// Turns byte offsets of a file into 1-based lines and columns (columns count bytes, as
/// compilers do), with one pass over the bytes made only when a place is asked for.
public struct LineIndex: Sendable {
    private let starts: [Int]

    public init(_ bytes: [UInt8]) {
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        self.starts = starts
    }

    /// The line and column of `offset`.
    public func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - starts[low] + 1)
    }
}

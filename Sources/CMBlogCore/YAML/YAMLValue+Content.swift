extension YAMLValue {
    /// Whether `other` holds the same values, wherever each was written: the same scalars (and
    /// styles), the same items, the same keys in the same order.
    public func hasSameContent(as other: YAMLValue) -> Bool {
        var pending = [(self, other)]
        while let (left, right) = pending.popLast() {
            switch (left.kind, right.kind) {
            case let (.scalar(a, plainA), .scalar(b, plainB)):
                guard a == b, plainA == plainB else { return false }
            case let (.sequence(a), .sequence(b)):
                guard a.count == b.count else { return false }
                pending += zip(a, b)
            case let (.mapping(a), .mapping(b)):
                guard a.count == b.count, zip(a, b).allSatisfy({ $0.key == $1.key }) else { return false }
                pending += zip(a.map(\.value), b.map(\.value))
            default:
                return false
            }
        }
        return true
    }

    /// This mapping without the entries named `key`; other values as they are.
    public func removing(key: String) -> YAMLValue {
        guard let entries else { return self }
        return YAMLValue(.mapping(entries.filter { $0.key != key }), line: line, column: column)
    }
}

import CMBlogTestSupport
import Testing

@Suite("Block YAML reader against Yams, on random documents")
struct BlockYAMLPropertyTests {
    /// Compares both readers on `RandomHTMLText.defaultCount` documents from `seed`, edited at
    /// random when `edited`; records the first disagreement and returns how many documents the
    /// block reader read itself, and how many Yams reads without an error.
    func compare(seed: UInt64, edited: Bool) -> (accepted: Int, valid: Int) {
        var random = RandomBlockYAML(seed: seed)
        var accepted = 0
        var valid = 0
        for index in 0..<RandomHTMLText.defaultCount {
            let document = random.document()
            let text = edited ? random.mutated(document) : document
            let comparison = BlockYAMLComparison(text, firstLine: 1 + index % 3)
            if comparison.accepted { accepted += 1 }
            if case .success = comparison.yams { valid += 1 }
            if let disagreement = comparison.disagreement {
                Issue.record("document \(index) of seed \(seed):\n\(text)\n\(disagreement)")
                break
            }
        }
        return (accepted, valid)
    }

    @Test("random block documents read as Yams reads them, and most are read without Yams")
    func randomDocuments() {
        let counts = compare(seed: 0xB10C_4A31, edited: false)
        // The generator writes some documents that are not YAML, and some the reader leaves to
        // Yams (quoted scalars over several lines, indicators); most of the valid ones must go
        // through the reader, or this test proves little about it.
        #expect(counts.accepted * 10 > counts.valid * 7, "read \(counts.accepted) of \(counts.valid) valid")
    }

    @Test("documents edited at random are read as Yams reads them, or left to it")
    func editedDocuments() {
        let counts = compare(seed: 0x3D17_ED17, edited: true)
        #expect(counts.accepted * 2 > counts.valid, "read \(counts.accepted) of \(counts.valid) valid")
    }
}

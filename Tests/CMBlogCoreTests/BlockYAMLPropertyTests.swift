import CMBlogTestSupport
import Testing

@Suite("Block YAML reader against Yams, on random documents")
struct BlockYAMLPropertyTests {
    /// Compares both readers on `RandomHTMLText.defaultCount` documents from `seed`, edited at
    /// random when `edited`; records the first disagreement and returns how many documents the
    /// block reader read itself.
    func compare(seed: UInt64, edited: Bool) -> Int {
        var random = RandomBlockYAML(seed: seed)
        var accepted = 0
        for index in 0..<RandomHTMLText.defaultCount {
            let document = random.document()
            let text = edited ? random.mutated(document) : document
            let comparison = BlockYAMLComparison(text, firstLine: 1 + index % 3)
            if comparison.accepted { accepted += 1 }
            if let disagreement = comparison.disagreement {
                Issue.record("document \(index) of seed \(seed):\n\(text)\n\(disagreement)")
                break
            }
        }
        return accepted
    }

    @Test("random block documents read as Yams reads them, and most are read without Yams")
    func randomDocuments() {
        let accepted = compare(seed: 0xB10C_4A31, edited: false)
        // The generator writes some texts that are not plain scalars or not YAML at all; the
        // rest must go through the reader, or this test proves nothing about it.
        #expect(accepted * 2 > RandomHTMLText.defaultCount, "read \(accepted)")
    }

    @Test("documents edited at random are read as Yams reads them, or left to it")
    func editedDocuments() {
        let accepted = compare(seed: 0x3D17_ED17, edited: true)
        #expect(accepted * 5 > RandomHTMLText.defaultCount, "read \(accepted)")
    }
}

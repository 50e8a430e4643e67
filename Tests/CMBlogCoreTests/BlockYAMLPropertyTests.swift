import CMBlogTestSupport
import Testing

@Suite("Block YAML reader against Yams, on random documents")
struct BlockYAMLPropertyTests {
    @Test("random block documents read as Yams reads them, and most are read without Yams")
    func randomDocuments() {
        var random = RandomBlockYAML(seed: 0xB10C_4A31)
        var accepted = 0
        let count = RandomHTMLText.defaultCount
        for index in 0..<count {
            let text = random.document()
            let comparison = BlockYAMLComparison(text, firstLine: 1 + index % 3)
            if comparison.accepted { accepted += 1 }
            if let disagreement = comparison.disagreement {
                Issue.record("document \(index):\n\(text)\n\(disagreement)")
                return
            }
        }
        // The generator writes some texts that are not plain scalars or not YAML at all; the
        // rest must go through the reader, or this test proves nothing about it.
        #expect(accepted * 2 > count, "read \(accepted) of \(count)")
    }

    @Test("documents edited at random are read as Yams reads them, or left to it")
    func mutatedDocuments() {
        var random = RandomBlockYAML(seed: 0x3D17_ED17)
        var accepted = 0
        let count = RandomHTMLText.defaultCount
        for index in 0..<count {
            let text = random.mutated(random.document())
            let comparison = BlockYAMLComparison(text)
            if comparison.accepted { accepted += 1 }
            if let disagreement = comparison.disagreement {
                Issue.record("document \(index):\n\(text)\n\(disagreement)")
                return
            }
        }
        #expect(accepted * 5 > count, "read \(accepted) of \(count)")
    }
}

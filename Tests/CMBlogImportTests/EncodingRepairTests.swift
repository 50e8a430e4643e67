import CMBlogImport
import Testing

@Suite struct EncodingRepairTests {
    @Test(arguments: [
        ("Ã©tÃ©", "été", 2),
        ("lâ€™Ã©quipe", "l’équipe", 2),
        ("â€œcitationâ€\u{9D}", "“citation”", 2),
        ("Å“uvre", "œuvre", 1),
        ("ÃƒÂ©", "é", 3),
        ("cela ne sert à\u{A0} rien", "cela ne sert à rien", 1),
        ("o\u{0E60}nous faisions", "où nous faisions", 1),
        ("Ã\u{A0}", "à", 1),
    ])
    func repairsDamagedText(_ damaged: String, _ expected: String, _ repairs: Int) {
        let (text, count) = EncodingRepair.repair(damaged)
        #expect(text == expected)
        #expect(count == repairs)
    }

    @Test(arguments: ["été, déjà, où", "Œuvre « française » — 12 €", "naïve café", "Ärger über Öl", "Żaneta", "日本語", "emoji 👍", "Â"])
    func leavesCorrectTextAlone(_ text: String) {
        #expect(EncodingRepair.repair(text) == (text, 0))
    }

    @Test func lostCharactersAreFound() {
        #expect(EncodingRepair.hasLostCharacters("peut-\u{FFFD}tre"))
        #expect(!EncodingRepair.hasLostCharacters("peut-être"))
    }
}

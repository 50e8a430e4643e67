import CMBlogCore
import Testing

struct HexTextTests {
    @Test func writesTwoDigitsPerByte() {
        #expect(HexText.lowercase([0x00, 0x0F, 0xA0, 0xFF]) == "000fa0ff")
        #expect(HexText.uppercase([0x00, 0x0F, 0xA0, 0xFF]) == "000FA0FF")
        #expect(HexText.lowercase([UInt8]()) == "")
    }
}

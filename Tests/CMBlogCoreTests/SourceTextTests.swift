import CMBlogCore
import Foundation
import Testing

@Suite("Reading text files")
struct SourceTextTests {
    @Test("drops a byte-order mark and normalizes line ends")
    func bomAndCRLF() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("a\r\nb\rc\n".utf8)
        #expect(try SourceText.decode(data, path: "x.md") == "a\nb\nc\n")
    }

    @Test("names the line and column of bytes that are not UTF-8")
    func invalidUTF8() {
        let data = Data("ok\nété ".utf8) + Data([0xE9, 0x74, 0xE9])
        #expect {
            try SourceText.decode(data, path: "content/posts/latin1.md")
        } throws: { error in
            (error as? DiagnosticError)?.description == "content/posts/latin1.md:2:5: error: the file is not valid UTF-8; save it as UTF-8"
        }
    }
}

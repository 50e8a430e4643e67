import CMBlogContent
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

/// The boundary between what a signature covers and what it leaves out (the `syndication:`
/// block): whatever bytes are slipped into the block, the build either refuses the file or
/// publishes exactly what the signed bytes say.
@Suite("Signature boundary")
struct SignatureBoundaryTests {
    static let signed = "---\ntitle: Signed\ndate: 2020-01-01\nauthor: amelie\n---\nWhat the author signed.\n"
    static let withBlock = "---\ntitle: Signed\ndate: 2020-01-01\nauthor: amelie\nsyndication:\n- https://social.example/@a/1\n---\nWhat the author signed.\n"

    /// The entry the build reads from `file`, as stored at `content/posts/p.md` with a signature beside it.
    func load(_ file: Data) async -> (Entry?, [Diagnostic]) {
        var files = InlineFixture(baseFiles).files
        files["content/posts/p.md"] = file
        files["content/posts/p.md.minisig"] = Data("untrusted comment: x\nRWQ\ntrusted comment: x\nx\n".utf8)
        let (source, diagnostics) = await ContentLoader(fileSystem: InMemoryFileSystem(files), width: 1).load()
        return (source?.entries.first, diagnostics)
    }

    @Test("a lone carriage return in the syndication block cannot close the front matter under the signature")
    func loneCarriageReturn() async throws {
        let forged = Self.signed.replacingOccurrences(of: "author: amelie\n", with: "author: amelie\nsyndication:\n- x\r---\r<h1>FORGED</h1>\r\n")
        let (entry, diagnostics) = await load(Data(forged.utf8))
        if let source = entry?.signedSource, !diagnostics.containsError {
            #expect(source.bytes != Data(Self.signed.utf8), "the forged file must not verify against the signed bytes")
        }
        #expect(SyndicationBlock.removed(from: Data(forged.utf8)) != Data(Self.signed.utf8))
    }

    @Test("a syndication block that sets other front matter is refused")
    func blockSettingOtherKeys() async {
        for injected in ["- x\u{2028}summary: FORGED", "- x\u{85}image: /forged.png", "- x\n-summary: x"] {
            let forged = Self.signed.replacingOccurrences(of: "author: amelie\n", with: "author: amelie\nsyndication:\n\(injected)\n")
            let (entry, diagnostics) = await load(Data(forged.utf8))
            guard let entry, !diagnostics.containsError else { continue }
            let signedEntry = await load(entry.signedSource!.bytes).0
            #expect(entry.summary == signedEntry?.summary && entry.image == signedEntry?.image, "\(injected.debugDescription)")
        }
    }

    @Test("seeded fuzz: CR, LF, CRLF, BOM, NUL, fences and forged text placed around the block never reach the page unsigned")
    func fuzz() async throws {
        let pieces = ["\r", "\n", "\r\n", "\u{FEFF}", "\0", "---", "...", " ", "\t", "- ", "x", "\u{2028}", "\u{85}", "#",
                      "<h1>FORGED</h1>", "summary: FORGED", "title: FORGED", "syndication:", ": ", "\"", "|", ">",
                      "\r---", "\r---\r", "\r...\r", "\n---\r", "\r---\n", "\u{FEFF}---\r", "\u{2028}---\u{2028}"]
        let base = Array(Self.withBlock.utf8)
        let blockStart = Self.withBlock.utf8.count - "---\nWhat the author signed.\n".utf8.count - "syndication:\n- https://social.example/@a/1\n".utf8.count
        let blockEnd = Self.withBlock.utf8.count - "What the author signed.\n".utf8.count
        var generator = SeededGenerator(seed: 0x5EED)
        var refused = 0, published = 0, outside = 0
        for _ in 0..<3000 {
            var bytes = base
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let at = Int.random(in: blockStart...min(blockEnd, bytes.count), using: &generator)
                bytes.insert(contentsOf: Array(pieces.randomElement(using: &generator)!.utf8), at: at)
            }
            let (entry, diagnostics) = await load(Data(bytes))
            guard let entry, let source = entry.signedSource, !diagnostics.containsError else { refused += 1; continue }
            guard source.bytes == Data(Self.signed.utf8) else { outside += 1; continue }
            published += 1
            let signedEntry = try #require(await load(source.bytes).0)
            #expect(entry.title == signedEntry.title && entry.body == signedEntry.body && entry.summary == signedEntry.summary
                && entry.image == signedEntry.image && entry.tags == signedEntry.tags && entry.authorIDs == signedEntry.authorIDs
                && entry.isDraft == signedEntry.isDraft && entry.date == signedEntry.date,
                "published text differs from the signed text for \(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
        #expect(published > 30 && refused > 50, "the fuzz must exercise both outcomes (published \(published), refused \(refused), outside \(outside))")
    }
}

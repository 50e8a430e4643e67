import CMBlogContent
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

/// Seeded random front matter, author files and settings: every file either loads or is
/// refused with errors that name it and a line; none crashes or hangs the reader.
/// `CMBLOG_FUZZ_ITERATIONS` runs it longer than the default.
@Suite("Front matter fuzz")
struct FrontMatterFuzzTests {
    static let fragments = [
        "---", "\n", "\r", "\r\n", " ", "  ", "\t", ":", ": ", "- ", "-", "[", "]", "{", "}", ",", "\"", "'", "|", ">", "#",
        "&a ", "*a", "&b [*a, *a, *a]", "? ", "!!str ", "!!binary ", "%YAML 1.1\n", "...", "\0", "\u{FEFF}", "\u{85}", "\u{2028}",
        "title", "date", "author", "authors", "tags", "aliases", "permalink", "slug", "syndication", "draft", "lang", "image",
        "Titre", "2020-01-01", "2020-13-45 25:61:00 +9999", "amelie", "/old/", "../../etc", "~", "null", "yes", "1e400", "é", "🙂",
    ]

    static var iterations: Int { ProcessInfo.processInfo.environment["CMBLOG_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 1_500 }

    static let valid = "---\ntitle: Titre\ndate: 2020-01-01\nauthor: amelie\ntags: [a, b]\n---\nCorps.\n"

    @Test("random mutations of a post, an author and the settings load or give located errors")
    func randomFiles() async {
        var generator = SeededGenerator(seed: 0xF00D)
        var loaded = 0, refused = 0
        for iteration in 0..<Self.iterations {
            var bytes = Array(Self.valid.utf8)
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                let piece = Array(Self.fragments.randomElement(using: &generator)!.utf8)
                let at = Int.random(in: 0...bytes.count, using: &generator)
                if Bool.random(using: &generator) || bytes.isEmpty { bytes.insert(contentsOf: piece, at: at) }
                else { bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...6, using: &generator))) }
            }
            var files = InlineFixture(baseFiles).files
            let target = ["content/posts/p.md", "authors/amelie.yml", "cmblog.yml"][iteration % 3]
            files[target] = target.hasSuffix(".md") ? Data(bytes) : Data(bytes.filter { $0 != UInt8(ascii: "-") || Bool.random(using: &generator) })
            if target != "content/posts/p.md" { files["content/posts/p.md"] = Data(Self.valid.utf8) }
            let (source, diagnostics) = await ContentLoader(fileSystem: InMemoryFileSystem(files), width: 1).load()
            let errors = diagnostics.filter { $0.severity == .error }
            if source != nil, errors.isEmpty { loaded += 1; continue }
            refused += 1
            #expect(!errors.isEmpty, "refused without an error: \(String(decoding: bytes, as: UTF8.self).debugDescription)")
            for error in errors {
                #expect(error.location.path == target && error.location.line != nil,
                        "\(error) for \(target): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
            }
        }
        #expect(loaded > 0 && refused > 0, "loaded \(loaded), refused \(refused)")
    }
}

import CMBlogSigning
import Foundation

/// A SHA-256 of values, the same in every process, so that render keys can be kept between
/// builds (Swift's `Hasher` is seeded anew in each process).
///
/// Texts and numbers are added as they are; other values through a JSON encoding with
/// sorted keys, which gives equal values equal bytes.
struct StableKey {
    private var hash = ContentHash()
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    mutating func add(_ text: String) {
        hash.add(text)
    }

    mutating func add(_ number: Int) {
        hash.add(String(number))
    }

    mutating func add(_ text: String?) {
        hash.add(text.map { "+" + $0 } ?? "-")
    }

    /// Adds a value through its JSON encoding.
    mutating func add(encoding value: some Encodable) {
        // Values made in this process always encode; a failure would still give a key of its own.
        hash.add((try? Self.encoder.encode(value)) ?? Data("unencodable".utf8))
        hash.add("")
    }

    func finalize() -> String {
        hash.finalize()
    }

    /// The key of texts.
    static func of(_ parts: String...) -> String {
        of(parts: parts)
    }

    static func of(parts: [String]) -> String {
        var key = StableKey()
        for part in parts { key.add(part) }
        return key.finalize()
    }
}

import Foundation

/// `/signatures.json`: the list of a built site's signed posts, with where to find each post's
/// signed source, its signature and its author's key. `cmblog verify` reads it, from a folder
/// or over HTTP.
public struct SignatureManifest: Codable, Sendable, Equatable {
    /// Where the manifest is published.
    public static let path = "signatures.json"

    /// One signed entry; paths are site paths (`/2024/05/slug/index.md`).
    public struct Item: Codable, Sendable, Equatable {
        public var url: String
        public var source: String
        public var signature: String
        public var author: String
        public var key: String
    }

    public var version = 1
    public var posts: [Item]

    /// The JSON text, with stable key order.
    func text() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self) + "\n"
    }
}

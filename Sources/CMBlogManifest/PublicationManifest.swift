import CMBlogCore
import CMBlogSigning
import Foundation

/// What a build published: every file of the output with its SHA-256 and size, the cmblog
/// version that built it and, when known, the commit of the sources it was built from.
///
/// Its text is deterministic (files sorted by path, one per line, no timestamps), so the same
/// site always gives the same bytes, and a signature over those bytes vouches for every file.
public struct PublicationManifest: Sendable, Equatable {
    /// The format of the text; a manifest of another format is refused rather than misread.
    public static let format = 1

    /// One published file.
    public struct Entry: Sendable, Equatable {
        /// The path in the output folder, without a leading slash (`2012/03/slug/index.html`).
        public var path: String
        /// The SHA-256 of its bytes, lowercase hex.
        public var sha256: String
        public var size: Int

        public init(path: String, sha256: String, size: Int) {
            self.path = path
            self.sha256 = sha256
            self.size = size
        }

        /// The entry of `data` published at `path`.
        public init(path: String, data: Data) {
            self.init(path: path, sha256: ContentHash.of(data), size: data.count)
        }
    }

    /// The cmblog version that built the site.
    public var generator: String
    /// The commit of the content repository the site was built from, when it is a git repository.
    public var sourceCommit: String?
    /// The files, sorted by path.
    public private(set) var files: [Entry]

    public init(generator: String = CMBlogVersion.current, sourceCommit: String?, files: [Entry]) {
        self.generator = generator
        self.sourceCommit = sourceCommit
        self.files = files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// The files by path.
    public var filesByPath: [String: Entry] {
        Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The JSON text: stable key order, one file per line.
    public var text: String {
        var text = "{\n  \"format\": \(Self.format),\n  \"generator\": \"cmblog \(JSONString.escape(generator))\",\n"
        if let sourceCommit { text += "  \"source_commit\": \"\(JSONString.escape(sourceCommit))\",\n" }
        text += "  \"files\": ["
        for (index, file) in files.enumerated() {
            text += index == 0 ? "\n" : ",\n"
            text += "    {\"path\": \"\(JSONString.escape(file.path))\", \"sha256\": \"\(file.sha256)\", \"size\": \(file.size)}"
        }
        text += files.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return text
    }

    /// The bytes of `text`, as published.
    public var data: Data { Data(text.utf8) }
}

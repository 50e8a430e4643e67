import CMBlogCore
import Foundation

/// A named person who signs posts, from `authors/<id>.yml`.
public struct Author: Sendable, Hashable, Codable {
    /// Whether the author still writes for the site.
    public enum Status: String, Sendable, Hashable, Codable {
        case active
        case former
    }

    /// The file name without `.yml`; what posts name in `author:`.
    public var id: String
    public var name: String
    public var role: String?
    /// The biography, rendered from Markdown (in the site's default language, when `bio:`
    /// gives one per language).
    public var bioHTML: String
    /// The biography in each language `bio: { fr: …, en: … }` gives, by language.
    public var translatedBioHTML: [String: String] = [:]
    public var avatar: String?
    /// Profile links in the order written: `website`, `mastodon`, …
    public var links: [ProfileLink]
    /// The fediverse handle, `@user@instance`.
    public var fediverse: String?
    public var status: Status
    public var joined: Date?
    public var left: Date?
    /// The id of the author who took over.
    public var successor: String?
    /// The minisign public key (its one-line base64 form).
    public var key: String?
    /// The author's e-mail, kept private: it only recognizes their replies in comment
    /// archives and is never published.
    public var email: String?
    /// Where each key of the file was written, for diagnostics.
    public var keyLines: [String: Int]
    /// The file the author was read from.
    public var sourcePath: String

    public init(id: String, name: String, sourcePath: String) {
        self.id = id
        self.name = name
        self.role = nil
        self.bioHTML = ""
        self.avatar = nil
        self.links = []
        self.fediverse = nil
        self.status = .active
        self.joined = nil
        self.left = nil
        self.successor = nil
        self.key = nil
        self.email = nil
        self.keyLines = [:]
        self.sourcePath = sourcePath
    }

    /// The location of `key` in the author's file (line 1 when it was not written).
    public func location(of key: String) -> SourceLocation {
        SourceLocation(path: sourcePath, line: keyLines[key] ?? 1, column: 1)
    }

    /// The biography for a page in `language`: the one written in it, else the default one.
    public func bioHTML(in language: String) -> String { translatedBioHTML[language] ?? bioHTML }
}

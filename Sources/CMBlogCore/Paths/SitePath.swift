import Foundation

/// A URL path inside the built site, from its root: `/2014/03/why-we-sign/`, `/feed.xml`.
///
/// It is always safe to write: it starts with `/`, has no `..`, `.` or empty segment, no
/// backslash, no scheme and no control character, so the file it maps to stays inside the
/// output folder.
public struct SitePath: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The path, starting with `/`.
    public let value: String
    /// Whether the path names a file as it is, even without an extension (`/_redirects`, `/CNAME`).
    private let isFile: Bool

    /// Why a path was refused.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case parentSegment
        case absoluteURL
        case forbiddenCharacter
        case empty

        public var description: String {
            switch self {
            case .parentSegment: "it contains '..', which would point outside the site"
            case .absoluteURL: "it is an absolute URL or path outside the site; give a path such as /about/"
            case .forbiddenCharacter: "it contains a backslash or a control character"
            case .empty: "it is empty"
            }
        }
    }

    /// Validates `raw` (leading slash optional) as a path inside the site.
    public init(validating raw: String) throws(Problem) {
        let trimmed = raw.first?.isWhitespace == true || raw.last?.isWhitespace == true ? raw.trimmingCharacters(in: .whitespaces) : raw
        guard !trimmed.isEmpty else { throw .empty }
        // Control characters (category Cc) are U+0000–U+001F and U+007F–U+009F.
        if trimmed.unicodeScalars.contains(where: { $0 == "\\" || $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
            throw .forbiddenCharacter
        }
        if trimmed.hasPrefix("//") || Self.startsWithScheme(trimmed) { throw .absoluteURL }
        if trimmed.hasPrefix("/"), !trimmed.contains("//"), !trimmed.hasSuffix("/."), !trimmed.hasSuffix("/.."),
           !trimmed.contains("/./"), !trimmed.contains("/../") {
            // Already in the form the general case gives.
            value = trimmed
            isFile = false
            return
        }
        let segments = trimmed.split(separator: "/", omittingEmptySubsequences: true)
        if segments.contains(where: { $0 == ".." }) { throw .parentSegment }
        let kept = segments.filter { $0 != "." }
        let trailingSlash = trimmed.hasSuffix("/") || kept.isEmpty
        value = "/" + kept.joined(separator: "/") + (trailingSlash && !kept.isEmpty ? "/" : "")
        isFile = false
    }

    /// Validates `raw` as the path of a file written as it is, with or without an extension.
    public init(file raw: String) throws(Problem) {
        let path = try SitePath(validating: raw)
        guard !path.value.hasSuffix("/") else { throw .empty }
        self.init(unchecked: path.value, isFile: true)
    }

    /// Whether `text` starts like a URL scheme: a letter, then letters, digits, `+`, `.` or `-`, then `:`.
    private static func startsWithScheme(_ text: String) -> Bool {
        func isLetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), isLetter(first) else { return false }
        while let scalar = scalars.next() {
            if scalar == ":" { return true }
            guard isLetter(scalar) || ("0"..."9").contains(scalar) || "+.-".unicodeScalars.contains(scalar) else { return false }
        }
        return false
    }

    private init(unchecked value: String, isFile: Bool = false) {
        self.value = value
        self.isFile = isFile
    }

    /// The site root, `/`.
    public static let root = SitePath(unchecked: "/")

    /// This path with `segment` (a slug or file name, already safe) appended as a folder.
    public func appending(folder segment: String) -> SitePath {
        SitePath(unchecked: directory + segment + "/")
    }

    /// This path with a file name appended.
    public func appending(file name: String) -> SitePath {
        SitePath(unchecked: directory + name, isFile: true)
    }

    /// The path up to and including its last `/`.
    public var directory: String {
        value.hasSuffix("/") ? value : String(value[...value.lastIndex(of: "/")!])
    }

    /// The file this path is written to, relative to the output folder:
    /// `/a/b/` and `/a/b` give `a/b/index.html`; `/feed.xml` gives `feed.xml`.
    public var outputFile: String {
        let trimmed = String(value.dropFirst())
        if trimmed.isEmpty { return "index.html" }
        if isFile { return trimmed }
        if trimmed.hasSuffix("/") { return trimmed + "index.html" }
        let last = trimmed.split(separator: "/").last ?? ""
        return last.contains(".") ? trimmed : trimmed + "/index.html"
    }

    /// The canonical URL path: a folder path ends with `/`.
    public var canonical: SitePath {
        let file = outputFile
        return !isFile && file.hasSuffix("index.html") && !value.hasSuffix(".html")
            ? SitePath(unchecked: "/" + file.dropLast("index.html".count)) : self
    }

    public var description: String { value }

    public static func < (lhs: SitePath, rhs: SitePath) -> Bool { lhs.value < rhs.value }
}

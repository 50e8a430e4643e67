import Foundation

/// A place in a file of the content repository, printed the way compilers print it
/// (`content/posts/launch.md:4:8`) so editors and CI logs can jump to it.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The path relative to the site's source folder.
    public var path: String
    /// 1-based line in the file, when known.
    public var line: Int?
    /// 1-based column in the line, when known.
    public var column: Int?

    public init(path: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String {
        var text = path
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line ?? 0, lhs.column ?? 0) < (rhs.path, rhs.line ?? 0, rhs.column ?? 0)
    }
}

import CMBlogCore
import Foundation

/// Parses kept on disk between builds, by the bytes they were parsed from, so a build after a
/// fresh checkout (new modification times, same bytes) parses only the files whose bytes changed.
///
/// A record is found by a key derived from the parsed files' path and bytes and from everything
/// else a parse follows (cmblog's version, the site's settings); a record of another version or
/// other settings is never found, so it is never trusted.
public protocol ParseArchive: Sendable {
    /// The key of a parse of the file `path` with its companions (files read with it, such as
    /// its signature), from their bytes as they were before the build read anything; nil when
    /// they are not known.
    func key(path: String, companions: [String]) -> String?
    /// The same key from the files' bytes as they are now, to tell whether a file changed while
    /// it was parsed (its parse is then not kept); nil when they cannot be read.
    func currentKey(path: String, companions: [String], in fileSystem: any FileSystem) -> String?
    /// The record kept under `key`, if any.
    func record(_ key: String) -> Data?
    /// Keeps `record` under `key`, for the next build.
    func keep(_ record: Data, as key: String)
}

/// What parsing one file gave, as archived: the value, or none, and the problems found.
struct ArchivedParse<Value: Codable>: Codable {
    var value: Value?
    var diagnostics: [Diagnostic]
}

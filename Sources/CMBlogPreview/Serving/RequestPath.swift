import Foundation

/// A request path turned into the key of a built file, or refused.
///
/// The preview serves only files of the build it holds in memory, so no path can reach the disk;
/// this type still refuses, rather than normalizes, every path that tries to climb or hide a
/// separator: `..` and `.` segments (plain or percent-encoded), encoded slashes and backslashes,
/// raw backslashes and NUL bytes.
enum RequestPath {
    /// The decoded path without its leading `/` (`2012/03/post/`, `` for the home page), or nil.
    static func key(of rawPath: String) -> String? {
        let path = rawPath.prefix { $0 != "?" && $0 != "#" }
        guard path.hasPrefix("/"), !path.hasPrefix("//") else { return nil }
        let lowered = path.lowercased()
        guard !lowered.contains("%2f"), !lowered.contains("%5c"), !lowered.contains("%00"), !path.contains("\\") else { return nil }
        guard let decoded = String(path).removingPercentEncoding, !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        let segments = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        return String(decoded.dropFirst())
    }
}

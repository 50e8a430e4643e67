import CMBlogCore
import Foundation

extension PublicationManifest {
    /// Reads a published manifest.
    /// - Parameter name: How to name the manifest in errors (its path or address).
    /// - Throws: A `ManifestError` saying what is wrong with it.
    public init(data: Data, name: String) throws(ManifestError) {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ManifestError("\(name) is not a cmblog manifest: it is not a JSON object")
        }
        guard let format = object["format"] as? Int else {
            throw ManifestError("\(name) is not a cmblog manifest: it has no `format`")
        }
        guard format == Self.format else {
            throw ManifestError("\(name) has format \(format), which this cmblog (format \(Self.format)) does not read; use the cmblog that built the site")
        }
        guard let generator = object["generator"] as? String, let list = object["files"] as? [Any] else {
            throw ManifestError("\(name) is not a cmblog manifest: it needs `generator` and `files`")
        }
        var files: [Entry] = []
        for (index, item) in list.enumerated() {
            guard let file = item as? [String: Any], let path = file["path"] as? String, let sha256 = file["sha256"] as? String,
                  let size = file["size"] as? Int
            else {
                throw ManifestError("\(name): file \(index + 1) of `files` needs `path`, `sha256` and `size`")
            }
            guard Self.isSafe(path) else {
                throw ManifestError("\(name): file \(index + 1) has the path `\(path)`, which leaves the site or is not a plain relative path")
            }
            guard sha256.count == 64, sha256.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
                throw ManifestError("\(name): the sha256 of \(path) is not 64 lowercase hexadecimal digits")
            }
            guard size >= 0 else { throw ManifestError("\(name): the size of \(path) is negative") }
            files.append(Entry(path: path, sha256: sha256, size: size))
        }
        if Set(files.map(\.path)).count != files.count {
            throw ManifestError("\(name) lists a file twice")
        }
        self.init(generator: generator.hasPrefix("cmblog ") ? String(generator.dropFirst("cmblog ".count)) : generator,
                  sourceCommit: object["source_commit"] as? String, files: files)
    }

    /// Whether `path` is a relative path that stays inside the site, in its plain form: no
    /// leading slash, no empty, `.` or `..` segment, no backslash or control character.
    public static func isSafe(_ path: String) -> Bool {
        !path.hasPrefix("/") && (try? SitePath(file: path))?.value == "/" + path
    }
}

/// A manifest that cannot be read, signed or checked; the message says what to do.
public struct ManifestError: Error, Equatable, CustomStringConvertible, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

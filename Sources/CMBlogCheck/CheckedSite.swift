import CMBlogBuild
import CMBlogCore
import Foundation

/// A built site as the checks see it: its output folder and every file in it, the settings it
/// was built with, and where each file comes from in the repository.
public struct CheckedSite: Sendable {
    /// The repository.
    public let source: URL
    /// The built site.
    public let output: URL
    /// How findings name a file of the output that no repository file is responsible for
    /// (`public/` when the output is `public/`).
    public let outputLabel: String
    public let config: SiteConfig
    public let origins: SiteOrigins
    /// Every file of the output, relative to it, sorted.
    public let files: [String]
    public let fileSet: Set<String>

    /// Lists the files of `output`.
    public init(source: URL, output: URL, outputLabel: String, config: SiteConfig, origins: SiteOrigins) throws {
        self.source = source
        self.output = output
        self.outputLabel = outputLabel.hasSuffix("/") || outputLabel.isEmpty ? outputLabel : outputLabel + "/"
        self.config = config
        self.origins = origins
        self.files = try Self.list(output)
        self.fileSet = Set(files)
    }

    private static func list(_ root: URL) throws -> [String] {
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(at: root.resolvingSymlinksInPath(), includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw CheckError("\(root.path) cannot be read")
        }
        var files: [String] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            guard path.hasPrefix(rootPath + "/") else { continue }
            files.append(String(path.dropFirst(rootPath.count + 1)))
        }
        return files.sorted()
    }

    /// The bytes of an output file.
    public func bytes(of path: String) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: output.appending(path: path).path) else { return nil }
        return [UInt8](data)
    }

    /// The first `count` bytes of an output file, and its size: enough to read an image's header.
    public func head(of path: String, count: Int) -> (bytes: [UInt8], size: Int)? {
        guard let handle = FileHandle(forReadingAtPath: output.appending(path: path).path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: count), let size = try? handle.seekToEnd() else { return nil }
        return ([UInt8](data), Int(size))
    }
}

/// A check that could not be carried out (an output folder that cannot be read).
public struct CheckError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

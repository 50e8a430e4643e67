import CMBlogCore
import Foundation

/// A content repository held in memory, for unit tests of the stages.
public struct InMemoryFileSystem: FileSystem {
    public let files: [String: Data]

    public init(_ files: [String: Data]) {
        self.files = files
    }

    public init(_ fixture: InlineFixture) {
        self.files = fixture.files
    }

    public func contents(of path: String) throws -> Data {
        guard let data = files[path] else { throw FileReadError(path: path, reason: "no such file") }
        return data
    }

    public func files(under directory: String) throws -> [String] {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return files.keys.filter { $0.hasPrefix(prefix) && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }.sorted()
    }

    public func fileExists(_ path: String) -> Bool { files[path] != nil }
}

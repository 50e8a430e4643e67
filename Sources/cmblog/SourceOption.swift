import ArgumentParser
import CMBlogCore
import Foundation

/// `--source DIR`: the content repository a command works on. A folder that does not exist is
/// a usage error (exit 2) before anything starts, rather than a build of nothing.
struct SourceOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content repository.", valueName: "dir"))
    var source = "."

    /// The repository's folder.
    var url: URL { URL(fileURLWithPath: source).standardizedFileURL }

    func validate() throws { try Self.check(source) }

    /// Throws a usage error unless `path` is an existing folder.
    static func check(_ path: String) throws {
        try checkFolder(path, option: "--source", hint: "give the folder of a content repository (the one holding cmblog.yml)")
    }

    /// Throws a usage error naming `option` unless `path` is an existing folder.
    static func checkFolder(_ path: String, option: String, hint: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ValidationError("\(option) \(path): no such folder; \(hint)")
        }
        guard isDirectory.boolValue else { throw ValidationError("\(option) \(path): not a folder; \(hint)") }
    }

    /// The settings of the repository at `source`, else of the current folder when it holds a
    /// cmblog.yml; nil when neither (a command that reads a built site may run anywhere).
    static func settingsIfAny(_ source: String?) throws -> SiteConfig? {
        let fileSystem = LocalFileSystem(root: URL(fileURLWithPath: source ?? ".").standardizedFileURL)
        guard source != nil || fileSystem.fileExists(SiteConfig.fileName) else { return nil }
        return try SiteConfig.load(from: fileSystem).0
    }
}

import CMBlogCore
import Foundation

/// The rules that keep a build from destroying anything: the output folder is never the
/// source folder nor one of its parents, and an existing folder is replaced only if it holds
/// a previously built site.
enum OutputSafety {
    static func check(source: URL, output: URL) -> Diagnostic? {
        let sourcePath = source.standardizedFileURL.resolvingSymlinksInPath().path
        let outputPath = resolvedPath(of: output)
        if outputPath == sourcePath {
            return .error("the output folder is the source folder; choose another --output (default: public/)", path: outputPath)
        }
        if sourcePath.hasPrefix(outputPath.hasSuffix("/") ? outputPath : outputPath + "/") {
            return .error("the output folder contains the source folder and would replace it; choose another --output", path: outputPath)
        }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: outputPath, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else {
            return .error("the output path exists and is not a folder", path: outputPath)
        }
        let contents = (try? manager.contentsOfDirectory(atPath: outputPath)) ?? []
        if !contents.isEmpty && !contents.contains("index.html") {
            return .error("the output folder is not empty and does not hold a built site (no index.html); cmblog replaces its output as a whole, so choose an empty or new folder", path: outputPath)
        }
        return nil
    }

    /// The path with symbolic links of its existing part resolved.
    private static func resolvedPath(of url: URL) -> String {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path) && existing.pathComponents.count > 1 {
            rest.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        return rest.reduce(existing.resolvingSymlinksInPath()) { $0.appending(path: $1) }.path
    }
}

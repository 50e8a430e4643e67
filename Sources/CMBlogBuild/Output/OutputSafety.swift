import CMBlogCore
import Foundation

/// The rules that keep a build from destroying anything. The output folder is replaced as a
/// whole, so it may be neither the source folder, nor one of its parents, nor inside a folder
/// the build reads; and an existing folder is replaced only when cmblog built it (it holds
/// the `OutputMarker`) or when it is empty.
enum OutputSafety {
    /// Why the site may not be written into `output`, or nil when it may.
    static func check(source: URL, output: URL) -> Diagnostic? {
        let sourcePath = source.standardizedFileURL.resolvingSymlinksInPath().path
        let outputPath = resolvedPath(of: output)
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: output.standardizedFileURL.path) {
            // The output is replaced by a new folder: the link would become a folder and its target stay as it was.
            return .error("the output folder is a symbolic link (to \(target)); give the folder it points to as --output", path: output.path)
        }
        if outputPath == sourcePath {
            return .error("the output folder is the source folder; choose another --output (default: public/)", path: outputPath)
        }
        if sourcePath.hasPrefix(outputPath.hasSuffix("/") ? outputPath : outputPath + "/") {
            return .error("the output folder contains the source folder and would replace it; choose another --output", path: outputPath)
        }
        if outputPath.hasPrefix(sourcePath + "/"), let folder = SourceLayout.readFolder(holding: String(outputPath.dropFirst(sourcePath.count + 1))) {
            return .error(
                "the output folder is inside \(folder)/ of the source folder, whose files the build reads and would replace; choose an --output outside \(SourceLayout.readFolders.map { $0 + "/" }.joined(separator: ", ")) (default: public/)",
                path: outputPath)
        }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: outputPath, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else {
            return .error("the output path exists and is not a folder; choose another --output", path: outputPath)
        }
        let contents = (try? manager.contentsOfDirectory(atPath: outputPath)) ?? []
        if !contents.isEmpty && !OutputMarker.isPresent(in: URL(fileURLWithPath: outputPath)) {
            return .error(
                "the output folder is not empty and was not built by cmblog (it has no \(OutputMarker.fileName) file); cmblog replaces its output folder as a whole and would delete what it holds, so empty it or choose another --output",
                path: outputPath)
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

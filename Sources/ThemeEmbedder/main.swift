import Foundation

// Writes a Swift file that holds every file of a theme folder, base64-encoded, keyed by its
// path relative to the folder. Usage: ThemeEmbedder THEME_FOLDER OUTPUT.swift

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: ThemeEmbedder THEME_FOLDER OUTPUT.swift\n".utf8))
    exit(2)
}
let folder = URL(fileURLWithPath: arguments[1]).standardizedFileURL
let output = URL(fileURLWithPath: arguments[2])

var entries: [(String, String)] = []
if let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) {
    for case let url as URL in walker {
        guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
        let relative = String(url.standardizedFileURL.path.dropFirst(folder.path.count + 1))
        entries.append((relative, try Data(contentsOf: url).base64EncodedString()))
    }
}
entries.sort { $0.0 < $1.0 }

var source = "// Generated from the templates/ folder at build time. Do not edit.\n"
source += "enum EmbeddedTheme {\n    static let base64Files: [String: String] = [\n"
for (path, base64) in entries {
    source += "        \"\(path)\": \"\(base64)\",\n"
}
source += entries.isEmpty ? "        :\n" : ""
source += "    ]\n}\n"
try Data(source.utf8).write(to: output, options: .atomic)

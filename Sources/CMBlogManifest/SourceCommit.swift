import Foundation

/// The commit a content repository is at, read from its `.git` folder without running `git`:
/// `HEAD`, then the branch it names, as a loose ref or in `packed-refs`.
///
/// Only the repository's own `.git` is read (a folder, or the `gitdir:` file of a worktree or
/// submodule), never one above it: a site kept in a folder of a larger repository has no
/// commit of its own.
public enum SourceCommit {
    /// The commit's full hexadecimal name, or nil when `root` is not the top of a git
    /// repository or its `.git` cannot be read.
    public static func of(repository root: URL) -> String? {
        guard let gitFolder = gitFolder(of: root) else { return nil }
        guard let head = firstLine(of: gitFolder.appending(path: "HEAD")) else { return nil }
        if isObjectName(head) { return head.lowercased() }
        guard head.hasPrefix("ref: ") else { return nil }
        let ref = head.dropFirst("ref: ".count).trimmingCharacters(in: .whitespaces)
        guard ref.hasPrefix("refs/"), !ref.split(separator: "/").contains("..") else { return nil }
        // A worktree keeps its HEAD in its own folder, and the branches in the common one.
        let common = firstLine(of: gitFolder.appending(path: "commondir")).map { path in
            path.hasPrefix("/") ? URL(fileURLWithPath: path) : gitFolder.appending(path: path)
        } ?? gitFolder
        for folder in [gitFolder, common] {
            if let loose = firstLine(of: folder.appending(path: ref)), isObjectName(loose) { return loose.lowercased() }
            if let packed = packedRef(ref, in: folder) { return packed }
        }
        return nil
    }

    /// The `.git` folder of `root`: the folder itself, or the one a `.git` file points to.
    private static func gitFolder(of root: URL) -> URL? {
        let dotGit = root.appending(path: ".git")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dotGit.path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { return dotGit }
        guard let line = firstLine(of: dotGit), line.hasPrefix("gitdir: ") else { return nil }
        let path = line.dropFirst("gitdir: ".count).trimmingCharacters(in: .whitespaces)
        return path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appending(path: path)
    }

    /// The commit of `ref` in the `packed-refs` file of `folder`.
    private static func packedRef(_ ref: String, in folder: URL) -> String? {
        guard let data = try? Data(contentsOf: folder.appending(path: "packed-refs")) else { return nil }
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
            guard !line.hasPrefix("#"), !line.hasPrefix("^") else { continue }
            let fields = line.split(separator: " ", maxSplits: 1)
            if fields.count == 2, fields[1] == ref, isObjectName(fields[0]) { return fields[0].lowercased() }
        }
        return nil
    }

    /// The first line of a small text file, trimmed; nil when it cannot be read.
    private static func firstLine(of file: URL) -> String? {
        guard let data = try? Data(contentsOf: file), data.count < 4096 else { return nil }
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
    }

    /// Whether `text` is a SHA-1 or SHA-256 object name.
    private static func isObjectName(_ text: some StringProtocol) -> Bool {
        (text.count == 40 || text.count == 64) && text.allSatisfy(\.isHexDigit)
    }
}

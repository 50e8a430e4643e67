#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the files below a folder with `readdir`, which tells files from folders without a
/// `stat` each: many times faster than `FileManager`'s enumerator on Linux, where a
/// repository of thousands of posts is listed on every rebuild of the preview.
public enum DirectoryListing {
    /// Regular files and links to files below `folder`, recursively, as paths starting with
    /// `prefix`; hidden names (`.name`) are left out unless `hidden`, links to folders are not
    /// followed.
    public static func files(in folder: String, prefix: String, hidden: Bool = false) -> [String] {
        var found: [String] = []
        walk(folder, prefix: prefix, hidden: hidden, into: &found)
        return found
    }

    private static func walk(_ folder: String, prefix: String, hidden: Bool, into found: inout [String]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." || (!hidden && name.hasPrefix(".")) { continue }
            let path = folder + "/" + name, relative = prefix.isEmpty ? name : prefix + "/" + name
            switch kind(of: path, type: Int32(entry.pointee.d_type)) {
            case .folder: walk(path, prefix: relative, hidden: hidden, into: &found)
            case .file: found.append(relative)
            case .other: continue
            }
        }
    }

    private enum Kind { case file, folder, other }

    private static func kind(of path: String, type: Int32) -> Kind {
        switch type {
        case Int32(DT_DIR): return .folder
        case Int32(DT_REG): return .file
        case Int32(DT_LNK):
            var info = stat()
            return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR ? .other : .file
        case Int32(DT_UNKNOWN):
            var info = stat()
            guard lstat(path, &info) == 0 else { return .other }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return .folder
            case S_IFREG: return .file
            case S_IFLNK: return kind(of: path, type: Int32(DT_LNK))
            default: return .other
            }
        default: return .other
        }
    }
}

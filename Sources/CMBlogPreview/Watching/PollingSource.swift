import Foundation
import CMBlogBuild

/// Compares the modification dates of the watched files twice a second: the fallback where
/// inotify does not exist.
final class PollingSource: ChangeSource, @unchecked Sendable {
    private let stopFlag = StopFlag()

    init(root: URL, interval: Duration = .milliseconds(500), report: @escaping @Sendable (Set<String>) -> Void) {
        let thread = Thread { [self] in
            var known = Self.snapshot(root)
            while !stopFlag.isRaised {
                Thread.sleep(forTimeInterval: Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18)
                let current = Self.snapshot(root)
                let changed = Set(current.keys).union(known.keys).filter { current[$0] != known[$0] }
                if !changed.isEmpty { report(changed) }
                known = current
            }
        }
        thread.start()
    }

    func stop() { stopFlag.raise() }

    /// Every watched file's modification date and size, by relative path.
    private static func snapshot(_ root: URL) -> [String: String] {
        var files: [String: String] = [:]
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey]
        for name in SourceLayout.readFiles + FileWatcher.watchedFolders {
            let url = root.appending(path: name)
            let values = try? url.resourceValues(forKeys: Set(keys))
            files[name] = "\(values?.contentModificationDate?.timeIntervalSince1970 ?? 0) \(values?.fileSize ?? -1)"
            guard let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: keys) else { continue }
            for case let file as URL in enumerator {
                let values = try? file.resourceValues(forKeys: Set(keys))
                files[name + "/" + file.path.dropFirst(url.path.count + 1)] = "\(values?.contentModificationDate?.timeIntervalSince1970 ?? 0) \(values?.fileSize ?? -1)"
            }
        }
        return files
    }
}

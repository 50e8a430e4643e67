import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writing output files with plain system calls: no `fsync` for each file (which `Data.write`
/// makes, one journal commit per file, most of the time a build spends writing), then one sync
/// of the whole file system before the new site takes the output's place.
enum PlainFileWriting {
    /// Writes `data` into a new file at `path`; errors name the file as `name`.
    static func write(_ data: Data, to path: String, shownAs name: String) throws(OutputWriter.Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(name) }
        defer { close(descriptor) }
        let problem: OutputWriter.Failure? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return failure(name)
                }
                offset += written
            }
            return nil
        }
        if let problem { throw problem }
    }

    /// Makes everything written under `folder` durable (`syncfs` on Linux, else `sync`).
    static func syncFileSystem(of folder: URL) {
        #if os(Linux)
        typealias SyncFS = @convention(c) (Int32) -> Int32
        if let syncfs = dlsym(nil, "syncfs").map({ unsafeBitCast($0, to: SyncFS.self) }) {
            let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if descriptor >= 0 {
                _ = syncfs(descriptor)
                close(descriptor)
                return
            }
        }
        #endif
        sync()
    }

    private static func failure(_ name: String) -> OutputWriter.Failure {
        OutputWriter.Failure(description: "cannot write \(name): \(String(cString: strerror(errno)))")
    }

    private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
        #else
        Darwin.write(descriptor, bytes, count)
        #endif
    }
}

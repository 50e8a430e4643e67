import CMBlogCore

/// Which cmblog is building, for the build cache: its version, and the size and modification
/// time of its executable, so that a cache written by another build of the same version (a
/// development build, a patched package) is not trusted. A cmblog restored from CI's cache
/// keeps its times, and with them its cache.
enum ExecutableIdentity {
    static let current: String = {
        let stamp = FileStamp.of(path: "/proc/self/exe").map { " \($0.size) \($0.modified)" } ?? ""
        return "cmblog \(CMBlogVersion.current)" + stamp
    }()
}

import CMBlogCore
import CMBlogManifest
import CMBlogSigning
import CMBlogTemplates
import Foundation

/// A SHA-256 of everything a build's output follows from: cmblog's version and built-in
/// theme, the build's options (the site key included), the source commit, and the path and
/// bytes of every file the build reads. Two builds with one fingerprint (and no scheduled post
/// falling due in between) make the same site.
///
/// Bytes, not modification times: a CI checkout gives every file a new time.
enum SourceFingerprint {
    /// The fingerprint of the repository in `fileSystem` built with `options`.
    static func of(_ fileSystem: any FileSystem, options: BuildOptions) throws -> String {
        var hash = ContentHash()
        hash.add("cmblog \(CMBlogVersion.current)")
        hash.add(builtInTheme)
        hash.add("drafts \(options.includeDrafts) future \(options.includeFuture) base \(options.baseURL?.absoluteString ?? "-")")
        hash.add("output \(options.output.standardizedFileURL.path)")
        // The manifest names the commit and is signed by the site key: a new commit, or a key
        // given or withdrawn, changes the site even when no file of it does.
        hash.add("commit \(SourceCommit.of(repository: options.source) ?? "-") site key \(options.siteKey?.publicKey.base64 ?? "-")")
        var paths = SourceLayout.readFiles.filter(fileSystem.fileExists)
        for folder in SourceLayout.readFolders { paths += try fileSystem.files(under: folder) }
        for path in paths {
            let data = try fileSystem.contents(of: path)
            hash.add("\(path) \(data.count)")
            hash.add(data)
        }
        return hash.finalize()
    }

    /// The hash of the theme compiled into this cmblog.
    static let builtInTheme: String = {
        var hash = ContentHash()
        for (path, base64) in Theme.builtInFiles.sorted(by: { $0.key < $1.key }) {
            hash.add(path)
            hash.add(base64)
        }
        return hash.finalize()
    }()
}

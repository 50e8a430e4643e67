import CMBlogContent
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
    /// The fingerprint of the repository in `fileSystem` built with `options`, and the SHA-256
    /// of each file read, by path.
    static func of(_ fileSystem: any FileSystem, options: BuildOptions) async throws -> (fingerprint: String, digests: [String: String]) {
        var hash = ContentHash()
        hash.add(ExecutableIdentity.current)
        hash.add(builtInTheme)
        hash.add("drafts \(options.includeDrafts) future \(options.includeFuture) base \(options.baseURL?.absoluteString ?? "-")")
        hash.add("output \(options.output.standardizedFileURL.path)")
        // The manifest names the commit and is signed by the site key: a new commit, or a key
        // given or withdrawn, changes the site even when no file of it does.
        hash.add("commit \(SourceCommit.of(repository: options.source) ?? "-") site key \(options.siteKey?.publicKey.base64 ?? "-")")
        var paths = SourceLayout.readFiles.filter(fileSystem.fileExists)
        for folder in SourceLayout.readFolders { paths += try fileSystem.files(under: folder) }
        // Files are read and hashed on every core, then summed up in order.
        let read = await paths.concurrentMap(width: max(1, options.jobs)) { path in
            Result { () throws -> (size: Int, digest: String) in
                let data = try fileSystem.contents(of: path)
                return (data.count, ContentHash.of(data))
            }
        }
        var digests: [String: String] = [:]
        for (path, result) in zip(paths, read) {
            let (size, digest) = try result.get()
            digests[path] = digest
            hash.add("\(path) \(size) \(digest)")
        }
        return (hash.finalize(), digests)
    }

    /// A SHA-256 of everything each rendered file follows besides the entries, authors,
    /// threads and images it shows (which `RenderInputs` keys one by one): cmblog's version
    /// and built-in theme, the options that change pages, and the bytes of the settings,
    /// redirects, categories, templates and interface strings. Files that cannot be read count
    /// as changed.
    static func generation(_ fileSystem: any FileSystem, options: BuildOptions) -> String {
        var hash = ContentHash()
        hash.add(ExecutableIdentity.current)
        hash.add(builtInTheme)
        hash.add("drafts \(options.includeDrafts) future \(options.includeFuture) base \(options.baseURL?.absoluteString ?? "-")")
        hash.add("site key \(options.siteKey?.publicKey.base64 ?? "-")")
        var paths = SourceLayout.readFiles
        for folder in [ThemeLoader.overrideFolder, ContentLoader.Folder.localizations] { paths += (try? fileSystem.files(under: folder)) ?? [] }
        for path in paths {
            hash.add(path)
            if !fileSystem.fileExists(path) {
                hash.add("absent")
            } else if let data = try? fileSystem.contents(of: path) {
                hash.add("\(data.count)")
                hash.add(data)
            } else {
                hash.add("unreadable \(UUID())")
            }
        }
        return hash.finalize()
    }

    /// What every parse of a post, page, author or thread follows besides its own bytes:
    /// cmblog's version and the site's settings.
    static func parseSalt(_ fileSystem: any FileSystem) -> String {
        var hash = ContentHash()
        hash.add(ExecutableIdentity.current)
        hash.add((try? fileSystem.contents(of: SiteConfig.fileName)) ?? Data("unreadable \(UUID())".utf8))
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

import CMBlogContent
import CMBlogCore
import CMBlogSigning
import Foundation

/// `cmblog keygen`: makes a key pair, stores the secret key outside the repository (mode
/// 0600) and writes the public key into the repository: an author's into `authors/<id>.yml`
/// as `key:`, the site's into `cmblog.yml` as `site_key:`.
public enum KeyGeneration {
    /// What was written.
    public struct Result: Sendable {
        public let publicKey: MinisignPublicKey
        public let keyFile: URL
        /// The file that now holds the public key, relative to the repository.
        public let settingsFile: String
        /// Whether an existing key was replaced (`--force`).
        public let replaced: Bool
    }

    /// Makes an author's key pair.
    /// - Parameters:
    ///   - source: The content repository.
    ///   - keyFile: Where to write the secret key; refused when inside `source`.
    ///   - force: Replace an existing secret key file or `key:`.
    /// - Throws: A `DiagnosticError` naming the file at fault; nothing is written then.
    public static func run(source: URL, authorID: String, keyFile: URL, force: Bool, key: MinisignSecretKey = .generate()) throws -> Result {
        let root = source.standardizedFileURL.resolvingSymlinksInPath()
        let authorFile = try existingAuthorFile(authorID, in: root)
        return try write(key, setting: "key", of: authorFile, in: root, keyFile: keyFile, force: force, owner: authorID)
    }

    /// Makes the site's key pair, which signs the manifest of every build.
    /// - Parameters: As for an author's.
    public static func runForSite(source: URL, keyFile: URL, force: Bool, key: MinisignSecretKey = .generate()) throws -> Result {
        let root = source.standardizedFileURL.resolvingSymlinksInPath()
        guard FileManager.default.fileExists(atPath: root.appending(path: SiteConfig.fileName).path) else {
            throw DiagnosticError(.error("no \(SiteConfig.fileName) here: run cmblog in a content repository, or give --source DIR", path: SiteConfig.fileName))
        }
        return try write(key, setting: "site_key", of: SiteConfig.fileName, in: root, keyFile: keyFile, force: force, owner: "the site")
    }

    /// Writes the secret key into `keyFile` and its public key as `setting:` of `settingsFile`.
    private static func write(
        _ key: MinisignSecretKey, setting: String, of settingsFile: String, in root: URL, keyFile: URL, force: Bool, owner: String
    ) throws -> Result {
        let target = resolvedLocation(of: keyFile)
        if target.path == root.path || target.path.hasPrefix(root.path + "/") {
            throw DiagnosticError(.error(
                "refusing to write a secret key inside the content repository, where it could be committed; give --key a path outside it (default: ~/.config/cmblog/keys/)",
                path: keyFile.path))
        }
        let settingsText = try SourceText.decode(try read(root.appending(path: settingsFile), shownAs: settingsFile), path: settingsFile)
        let lines = settingsText.split(separator: "\n", omittingEmptySubsequences: false)
        let existingLine = KeySetting.lineIndex(of: setting, in: lines).flatMap { lines[$0].count > setting.count + 2 ? $0 : nil }
        let manager = FileManager.default
        if !force {
            if manager.fileExists(atPath: keyFile.path) {
                throw DiagnosticError(.error("a secret key already exists here; pass --force to replace it (what was signed with the old key must then be signed again)", path: keyFile.path))
            }
            if let existingLine {
                throw DiagnosticError(.error("\(owner) already has a key; pass --force to replace it (what was signed with the old key must then be signed again)",
                                             path: settingsFile, line: existingLine + 1, column: 1))
            }
        }
        let folder = keyFile.deletingLastPathComponent()
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw DiagnosticError(.error("cannot create the folder of secret keys: \(error.localizedDescription)", path: folder.path))
        }
        let previous = try? Data(contentsOf: keyFile)
        try? manager.removeItem(at: keyFile)
        let secret = Data(key.fileText(comment: "cmblog secret key of \(owner); keep it private").utf8)
        guard manager.createFile(atPath: keyFile.path, contents: secret, attributes: [.posixPermissions: 0o600]) else {
            throw DiagnosticError(.error("cannot write the secret key", path: keyFile.path))
        }
        let updated = KeySetting.setting(key.publicKey.base64, named: setting, in: settingsText)
        do {
            try Data(updated.utf8).write(to: root.appending(path: settingsFile), options: .atomic)
        } catch {
            // Keep the pair consistent: put back the key the settings still name.
            try? manager.removeItem(at: keyFile)
            if let previous { _ = manager.createFile(atPath: keyFile.path, contents: previous, attributes: [.posixPermissions: 0o600]) }
            throw DiagnosticError(.error("cannot write the public key into \(settingsFile): \(error.localizedDescription); nothing was changed", path: settingsFile))
        }
        return Result(publicKey: key.publicKey, keyFile: keyFile, settingsFile: settingsFile, replaced: existingLine != nil)
    }

    private static func read(_ url: URL, shownAs path: String) throws -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw DiagnosticError(.error("cannot read it: \(error.localizedDescription)", path: path))
        }
    }

    private static func existingAuthorFile(_ id: String, in root: URL) throws -> String {
        let candidates = ["yml", "yaml"].map { "\(ContentLoader.Folder.authors)/\(id).\($0)" }
        guard let file = candidates.first(where: { FileManager.default.fileExists(atPath: root.appending(path: $0).path) }) else {
            throw DiagnosticError(.error("no author `\(id)`: create \(candidates[0]) with at least `name:` first", path: candidates[0]))
        }
        return file
    }

    /// The path with symbolic links resolved as far as the path exists.
    static func resolvedLocation(of url: URL) -> URL {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        return rest.reduce(existing.resolvingSymlinksInPath()) { $0.appending(path: $1) }
    }
}

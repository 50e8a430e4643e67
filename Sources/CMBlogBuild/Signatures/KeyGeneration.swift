import CMBlogContent
import CMBlogCore
import CMBlogSigning
import Foundation

/// `cmblog keygen`: makes an author's key pair, stores the secret key outside the repository
/// (mode 0600) and writes the public key into `authors/<id>.yml` as `key:`.
public enum KeyGeneration {
    /// What was written.
    public struct Result: Sendable {
        public let publicKey: MinisignPublicKey
        public let keyFile: URL
        /// The author file, relative to the repository.
        public let authorFile: String
        /// Whether an existing key was replaced (`--force`).
        public let replaced: Bool
    }

    /// - Parameters:
    ///   - source: The content repository.
    ///   - keyFile: Where to write the secret key; refused when inside `source`.
    ///   - force: Replace an existing secret key file or `key:`.
    /// - Throws: A `DiagnosticError` naming the file at fault; nothing is written then.
    public static func run(source: URL, authorID: String, keyFile: URL, force: Bool, key: MinisignSecretKey = .generate()) throws -> Result {
        let root = source.standardizedFileURL.resolvingSymlinksInPath()
        let authorFile = try existingAuthorFile(authorID, in: root)
        let target = resolvedLocation(of: keyFile)
        if target.path == root.path || target.path.hasPrefix(root.path + "/") {
            throw DiagnosticError(.error(
                "refusing to write a secret key inside the content repository, where it could be committed; give --key a path outside it (default: ~/.config/cmblog/keys/)",
                path: keyFile.path))
        }
        let authorText = try SourceText.decode(try read(root.appending(path: authorFile), shownAs: authorFile), path: authorFile)
        let existingKey = authorText.split(separator: "\n").first { $0.hasPrefix("key:") && $0.count > "key:".count + 1 }
        let manager = FileManager.default
        if !force {
            if manager.fileExists(atPath: keyFile.path) {
                throw DiagnosticError(.error("a secret key already exists here; pass --force to replace it (posts signed with the old key must then be signed again)", path: keyFile.path))
            }
            if existingKey != nil {
                let line = authorText.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("key:") }.map { $0 + 1 } ?? 1
                throw DiagnosticError(.error("\(authorID) already has a key; pass --force to replace it (posts signed with the old key must then be signed again)", path: authorFile, line: line, column: 1))
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
        let secret = Data(key.fileText(comment: "cmblog secret key of \(authorID); keep it private").utf8)
        guard manager.createFile(atPath: keyFile.path, contents: secret, attributes: [.posixPermissions: 0o600]) else {
            throw DiagnosticError(.error("cannot write the secret key", path: keyFile.path))
        }
        let updated = AuthorKeySetting.setting(key.publicKey.base64, in: authorText)
        do {
            try Data(updated.utf8).write(to: root.appending(path: authorFile), options: .atomic)
        } catch {
            // Keep the pair consistent: put back the key the author file still names.
            try? manager.removeItem(at: keyFile)
            if let previous { _ = manager.createFile(atPath: keyFile.path, contents: previous, attributes: [.posixPermissions: 0o600]) }
            throw DiagnosticError(.error("cannot write the public key into the author file: \(error.localizedDescription); nothing was changed", path: authorFile))
        }
        return Result(publicKey: key.publicKey, keyFile: keyFile, authorFile: authorFile, replaced: existingKey != nil)
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

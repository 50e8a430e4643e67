import CMBlogContent
import CMBlogCore
import CMBlogSigning
import Foundation

/// `cmblog sign`: writes `<file>.minisig` beside each post, signed with its author's secret key.
///
/// Every file is checked before any signature is written: a post whose author has no key, or a
/// key that belongs to none of its authors, stops the whole run.
public struct PostSigning {
    /// One signature written.
    public struct Signed: Sendable {
        /// The post, relative to the repository.
        public let path: String
        public let authorName: String
        public let keyID: String
    }

    let root: URL
    /// An explicit secret key file (`--key`); otherwise each post's author's default key.
    let keyFile: URL?
    let keyFolder: URL

    public init(source: URL, keyFile: URL?, keyFolder: URL) {
        self.root = source.standardizedFileURL.resolvingSymlinksInPath()
        self.keyFile = keyFile
        self.keyFolder = keyFolder
    }

    /// Signs `files` (paths inside the repository's `content/`).
    /// - Throws: A `DiagnosticError` with every problem found; nothing is written then.
    public func sign(_ files: [URL]) throws -> [Signed] {
        let fileSystem = LocalFileSystem(root: root)
        let config = try SiteConfig.load(from: fileSystem).0
        let loader = ContentLoader(fileSystem: fileSystem, width: 1)
        let (authorList, authorProblems) = try loader.loadAuthors(config: config)
        if authorProblems.containsError { throw DiagnosticError(authorProblems) }
        let authors = Dictionary(authorList.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        var diagnostics: [Diagnostic] = []
        var planned: [(path: String, signature: MinisignSignature, signed: Signed)] = []
        for file in files {
            let path = relativePath(of: file)
            guard let entry = load(path, loader: loader, config: config, diagnostics: &diagnostics) else { continue }
            do {
                let (author, key) = try signingKey(for: entry, authors: authors)
                let comment = "cmblog author:\(author.id) post:\(entry.slug) file:\((path as NSString).lastPathComponent)"
                let signed = try SignatureCoverage.signedBytes(of: try fileSystem.contents(of: path), path: path)
                let signature = try key.sign(signed, trustedComment: comment, untrustedComment: "signature of \(author.name) (cmblog)")
                planned.append((path, signature, Signed(path: path, authorName: author.name, keyID: key.publicKey.keyIDText)))
            } catch let error as DiagnosticError {
                diagnostics += error.diagnostics
            } catch {
                diagnostics.append(.error("cannot sign it: \(error)", path: path))
            }
        }
        if diagnostics.containsError { throw DiagnosticError(diagnostics) }
        for item in planned {
            let signaturePath = SignedSource.signaturePath(of: item.path)
            do {
                try Data(item.signature.fileText.utf8).write(to: root.appending(path: signaturePath), options: .atomic)
            } catch {
                throw DiagnosticError(.error("cannot write the signature: \(error.localizedDescription)", path: signaturePath))
            }
        }
        return planned.map(\.signed)
    }

    private func relativePath(of file: URL) -> String {
        let resolved = KeyGeneration.resolvedLocation(of: file).path
        return resolved.hasPrefix(root.path + "/") ? String(resolved.dropFirst(root.path.count + 1)) : file.path
    }

    private func load(_ path: String, loader: ContentLoader, config: SiteConfig, diagnostics: inout [Diagnostic]) -> Entry? {
        let folders = [ContentLoader.Folder.posts, ContentLoader.Folder.pages]
        guard folders.contains(where: { path.hasPrefix($0 + "/") }),
              ContentLoader.contentExtensions.contains((path as NSString).pathExtension.lowercased())
        else {
            diagnostics.append(.error("only posts and pages are signed: give a Markdown file of content/posts or content/pages of \(root.path)", path: path))
            return nil
        }
        let (entry, problems) = loader.loadEntry(at: path, config: config)
        diagnostics += problems.filter { $0.severity == .error }
        return entry
    }

    /// The author who signs `entry` and their secret key, checked against their `key:`.
    private func signingKey(for entry: Entry, authors: [String: Author]) throws -> (Author, MinisignSecretKey) {
        let entryAuthors = entry.authorIDs.compactMap { authors[$0] }
        let location = entry.location(of: entry.keyLines["authors"] != nil ? "authors" : "author")
        guard !entryAuthors.isEmpty else {
            throw DiagnosticError(Diagnostic(.error, at: location, "this post names no known author, so no one can sign it"))
        }
        let withKeys = entryAuthors.compactMap { author in author.key.flatMap { try? MinisignPublicKey(text: $0) }.map { (author, $0) } }
        guard !withKeys.isEmpty else {
            let names = entryAuthors.map(\.id).joined(separator: ", ")
            throw DiagnosticError(Diagnostic(.error, at: location, "\(names) has no signing key yet: run `cmblog keygen --author \(entryAuthors[0].id)`"))
        }
        let candidates = keyFile.map { [$0] } ?? withKeys.map { SecretKeyFolder.keyFile(for: $0.0.id, in: keyFolder) }
        guard let file = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw DiagnosticError(.error("no secret key here for \(withKeys.map(\.0.id).joined(separator: ", ")); pass --key FILE", path: candidates[0].path))
        }
        let secret: MinisignSecretKey
        do {
            secret = try MinisignSecretKey(text: try String(contentsOf: file, encoding: .utf8))
        } catch let error as MinisignError {
            throw DiagnosticError(.error(error.reason, path: file.path, line: error.line ?? 1, column: 1))
        } catch {
            throw DiagnosticError(.error("cannot read this secret key: \(error.localizedDescription)", path: file.path))
        }
        guard let (author, _) = withKeys.first(where: { $0.1 == secret.publicKey }) else {
            let owners = withKeys.map { "\($0.0.name) (\($0.1.keyIDText))" }.joined(separator: ", ")
            throw DiagnosticError(.error("this key (\(secret.publicKey.keyIDText)) belongs to no author of \(entry.sourcePath), whose keys are: \(owners); sign with the author's own key", path: file.path))
        }
        return (author, secret)
    }
}

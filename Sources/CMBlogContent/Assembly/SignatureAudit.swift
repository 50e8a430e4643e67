import CMBlogCore

/// Decides who signed each published entry, and refuses what must not be published as signed:
/// a malformed author key, a signature that does not verify, and (with `signatures: required`)
/// an unsigned post.
struct SignatureAudit: Sendable {
    let checker: any SignatureChecking
    let authors: [String: Author]
    let config: SiteConfig

    /// Problems with the authors' `key:` values.
    func keyProblems() -> [Diagnostic] {
        authors.values.sorted { $0.id < $1.id }.compactMap { author in
            guard let key = author.key, let problem = checker.problem(withKey: key) else { return nil }
            return Diagnostic(.error, at: author.location(of: "key"), "`key` is not a minisign public key: \(problem); it is the line starting with RW that `cmblog keygen` or `minisign -G` prints")
        }
    }

    /// The id of the author who signed `entry`, nil when it is unsigned.
    func signer(of entry: Entry, diagnostics: inout [Diagnostic]) -> String? {
        guard let source = entry.signedSource else {
            if config.signaturesRequired, entry.kind == .post {
                diagnostics.append(.error(
                    "this post is not signed, and cmblog.yml requires signatures (`signatures: required`): sign it with `cmblog sign \(entry.sourcePath)`",
                    path: entry.sourcePath, line: 1, column: 1))
            }
            return nil
        }
        let signers = entry.authorIDs.compactMap { authors[$0] }
        // An unknown author is reported on its own; there is no key to name then.
        guard !signers.isEmpty else { return nil }
        guard signers.contains(where: { $0.key != nil }) else {
            let files = signers.map { "authors/\($0.id).yml" }.joined(separator: ", ")
            diagnostics.append(.error("this \(entry.kind.rawValue) is signed, but no author of it has a `key:` in \(files) to check the signature with; run `cmblog keygen --author \(entry.authorIDs.first ?? "ID")`", path: source.signaturePath))
            return nil
        }
        switch checker.signer(of: source, among: signers) {
        case .success(let id):
            return id
        case .failure(let problem):
            diagnostics.append(.error(problem.message, path: source.signaturePath, line: problem.line ?? 1, column: 1))
            return nil
        }
    }
}

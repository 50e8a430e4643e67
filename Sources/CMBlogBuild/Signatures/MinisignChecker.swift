import CMBlogContent
import CMBlogSigning
import Foundation

/// Verifies entry signatures with minisign keys: the signature's key id picks the author, then
/// the file and the trusted comment must verify against that author's key.
public struct MinisignChecker: SignatureChecking {
    public init() {}

    public func problem(withKey key: String) -> String? {
        do {
            _ = try MinisignPublicKey(text: key)
            return nil
        } catch {
            return "\(error)"
        }
    }

    public func signer(of source: SignedSource, among authors: [Author]) -> Result<String, SignatureProblem> {
        let signature: MinisignSignature
        do {
            signature = try MinisignSignature(text: source.signatureText)
        } catch let error as MinisignError {
            return .failure(SignatureProblem("this signature file is malformed: \(error.reason)", line: error.line))
        } catch {
            return .failure(SignatureProblem("this signature file is malformed: \(error)"))
        }
        let keys = authors.compactMap { author in author.key.flatMap { try? MinisignPublicKey(text: $0) }.map { (author, $0) } }
        let resign = "sign it again with `cmblog sign \(source.sourcePath)`"
        guard let (author, key) = keys.first(where: { $0.1.keyID == signature.keyID }) else {
            guard !keys.isEmpty else {
                return .failure(SignatureProblem("this signature was made with key \(signature.keyIDText), and no author of the post has a usable `key:` to check it with", line: 2))
            }
            let known = keys.map { "\($0.0.name) (\($0.1.keyIDText))" }.joined(separator: ", ")
            return .failure(SignatureProblem(
                "this signature was made with key \(signature.keyIDText), which is not the key of \(known); \(resign) with the author's own key",
                line: 2))
        }
        do throws(SignatureMismatch) {
            try key.verify(signature, of: source.bytes)
            if let problem = Self.fileProblem(trustedComment: signature.trustedComment, source: source) {
                return .failure(SignatureProblem("\(problem); \(resign) if this file is the one \(author.name) meant to sign", line: 3))
            }
            return .success(author.id)
        } catch {
            switch error {
            case .contentChanged:
                return .failure(SignatureProblem(
                    "the signature does not match the file: it was changed after \(author.name) signed it. If the change is wanted, \(resign); otherwise restore the signed text"))
            case .trustedCommentChanged:
                return .failure(SignatureProblem("the trusted comment was altered after signing, so the signature is void; \(resign)", line: 3))
            case .otherKey(let id):
                return .failure(SignatureProblem("this signature was made with key \(id); \(resign)", line: 2))
            }
        }
    }

    /// Why a verified signature may not stand for this file: its trusted comment (which the
    /// signature covers) names the file it was made for, as `cmblog sign` and `minisign -S` write
    /// it (`file:NAME`); a signature copied beside a renamed file, or one with another extension
    /// (read as HTML instead of Markdown), would otherwise vouch for a page its author never saw.
    static func fileProblem(trustedComment: String, source: SignedSource) -> String? {
        let name = (source.sourcePath as NSString).lastPathComponent
        // minisign separates its fields with tabs (`timestamp:…\tfile:NAME\thashed`); cmblog
        // writes `file:NAME` last, after spaces. A name may hold spaces, never a tab.
        let named = trustedComment.split(separator: "\t").lazy.compactMap { field -> Substring? in
            if field.hasPrefix("file:") { return field.dropFirst("file:".count) }
            return field.range(of: " file:").map { field[$0.upperBound...] }
        }.first
        guard let signed = named else {
            return "the trusted comment of this signature does not name the file it signs (`file:\(name)`)"
        }
        guard signed == name else { return "this signature was made for the file \(signed), not for \(name)" }
        return nil
    }
}

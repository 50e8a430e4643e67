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
}

import CMBlogSigning
import Foundation

/// `cmblog verify`: checks every signed post of a built site, as a reader would, from what the
/// site publishes: `/signatures.json`, each post's signed source and signature, and its author's
/// `minisign.pub`.
public struct SiteVerification: Sendable {
    /// The result for one post.
    public struct Outcome: Sendable {
        public let url: String
        public let author: String
        /// Why the post fails; nil when its signature verifies.
        public let problem: String?
    }

    /// Reads a file of the site by its site path (`/authors/x/minisign.pub`); the edge that makes
    /// a folder and an HTTPS site the same.
    public typealias Fetch = @Sendable (String) async throws -> Data

    let fetch: Fetch

    public init(fetch: @escaping Fetch) {
        self.fetch = fetch
    }

    /// Checks every post the manifest lists.
    /// - Throws: When the manifest cannot be read.
    public func run() async throws -> [Outcome] {
        let data = try await fetch("/" + SignatureManifest.path)
        let manifest: SignatureManifest
        do {
            manifest = try JSONDecoder().decode(SignatureManifest.self, from: data)
        } catch {
            throw VerificationError("/\(SignatureManifest.path) is not a cmblog signature list: \(error)")
        }
        var keys: [String: Result<MinisignPublicKey, VerificationError>] = [:]
        var outcomes: [Outcome] = []
        for item in manifest.posts {
            if keys[item.key] == nil { keys[item.key] = await loadKey(item.key) }
            let problem: String?
            switch keys[item.key]! {
            case .failure(let error): problem = error.message
            case .success(let key): problem = await check(item, with: key)
            }
            outcomes.append(Outcome(url: item.url, author: item.author, problem: problem))
        }
        return outcomes
    }

    private func loadKey(_ path: String) async -> Result<MinisignPublicKey, VerificationError> {
        do {
            return .success(try MinisignPublicKey(text: String(decoding: try await fetch(path), as: UTF8.self)))
        } catch {
            return .failure(VerificationError("the key \(path) cannot be read: \(error)"))
        }
    }

    private func check(_ item: SignatureManifest.Item, with key: MinisignPublicKey) async -> String? {
        do {
            let source = try await fetch(item.source)
            let signature = try MinisignSignature(text: String(decoding: try await fetch(item.signature), as: UTF8.self))
            do throws(SignatureMismatch) {
                try key.verify(signature, of: source)
                return nil
            } catch {
                switch error {
                case .contentChanged: return "\(item.source) does not match its signature: it was changed after signing"
                case .trustedCommentChanged: return "the trusted comment of \(item.signature) was altered"
                case .otherKey(let id): return "\(item.signature) was made with key \(id), not \(key.keyIDText) of \(item.author)"
                }
            }
        } catch {
            return "\(error)"
        }
    }
}

/// A verification that could not be carried out.
public struct VerificationError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

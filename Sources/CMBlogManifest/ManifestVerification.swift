import CMBlogCore
import CMBlogSigning
import Foundation

/// `cmblog verify`'s check of a site against its manifest: the manifest's signature by the
/// site key, then the hash and size of every file it lists, read with bounded concurrency;
/// for a folder, the files it does not list too.
public struct ManifestVerification: Sendable {
    /// What the signature check found.
    public enum SignatureStatus: Sendable, Equatable {
        /// Signed by the expected key (its id).
        case verified(keyID: String)
        /// Signed by the key the site itself publishes (its id), no other key being known:
        /// proves the files are what that key's holder published, not who holds it.
        case verifiedWithPublishedKey(keyID: String)
        /// Neither signed nor expected to be: the site has no site key.
        case unsigned
        /// Refused, with why.
        case refused(String)
    }

    /// The outcome.
    public struct Report: Sendable {
        public let manifestName: String
        public let manifest: PublicationManifest
        public let signature: SignatureStatus
        public let comparison: ManifestComparison

        /// Whether the site passes: signature accepted (or no key anywhere) and every file as listed.
        public var passed: Bool {
            if case .refused = signature { return false }
            return comparison.isClean
        }
    }

    let site: PublishedSite
    let files: ManifestFiles
    let key: MinisignPublicKey?
    let width: Int
    let ignoredFiles: Set<String>

    /// - Parameters:
    ///   - files: Where the site publishes its manifest, signature and key.
    ///   - key: The site key the manifest must be signed with; when nil, the key published
    ///     beside the manifest is used, if any, and said so.
    ///   - width: How many files are read at once.
    ///   - ignoring: Files of a folder that are not published (the build's own marker).
    public init(site: PublishedSite, files: ManifestFiles = .standard, key: MinisignPublicKey?, width: Int = 8, ignoring: Set<String> = []) {
        self.site = site
        self.files = files
        self.key = key
        self.width = max(1, width)
        self.ignoredFiles = ignoring
    }

    /// Runs the check.
    /// - Throws: A `ManifestError` when the manifest itself is missing or unreadable.
    public func run() async throws(ManifestError) -> Report {
        let name = site.name(of: files.manifest)
        guard let data = try await site.contents(of: files.manifest) else {
            throw ManifestError("\(name) is missing: the site was built without a manifest (by an older cmblog), or it was removed")
        }
        let manifest = try PublicationManifest(data: data, name: name)
        let signature = await checkSignature(of: data, name: name)
        let comparison = await compare(manifest)
        return Report(manifestName: name, manifest: manifest, signature: signature, comparison: comparison)
    }

    private func checkSignature(of manifest: Data, name: String) async -> SignatureStatus {
        let signaturePath = files.signature
        do {
            let signature = try await site.contents(of: signaturePath)
            var expected = key
            var published = false
            if expected == nil, let keyData = try await site.contents(of: files.publicKey) {
                do {
                    expected = try MinisignPublicKey(text: String(decoding: keyData, as: UTF8.self))
                    published = true
                } catch {
                    return .refused("the site key the site publishes is malformed: \(error)")
                }
            }
            guard let expected else {
                return signature == nil ? .unsigned : .refused("\(name) is signed, but no site key is known to check it: pass --key, or run in the content repository")
            }
            guard let signature else {
                return .refused("\(site.name(of: signaturePath)) is missing: the manifest is not signed by the site key \(expected.keyIDText)")
            }
            try ManifestSignature.verify(manifest, signatureText: String(decoding: signature, as: UTF8.self), key: expected, name: name)
            return published ? .verifiedWithPublishedKey(keyID: expected.keyIDText) : .verified(keyID: expected.keyIDText)
        } catch {
            return .refused(error.message)
        }
    }

    private func compare(_ manifest: PublicationManifest) async -> ManifestComparison {
        let site = site
        let outcomes = await manifest.files.concurrentMap(width: width) { entry -> (String, Result<Bool?, ManifestError>) in
            do throws(ManifestError) {
                guard let data = try await site.contents(of: entry.path) else { return (entry.path, .success(nil)) }
                return (entry.path, .success(data.count == entry.size && ContentHash.of(data) == entry.sha256))
            } catch {
                return (entry.path, .failure(error))
            }
        }
        var comparison = ManifestComparison()
        for (path, outcome) in outcomes {
            switch outcome {
            case .success(nil): comparison.missing.append(path)
            case .success(false): comparison.changed.append(path)
            case .success: comparison.matching += 1
            case .failure(let error): comparison.unreadable[path] = error.message
            }
        }
        if let listing = site.listing() {
            let known = Set(manifest.files.map(\.path)).union(ignoredFiles).union([files.manifest, files.signature])
            comparison.added = listing.filter { !known.contains($0) }.sorted()
        } else {
            comparison.added = nil
        }
        return comparison
    }
}

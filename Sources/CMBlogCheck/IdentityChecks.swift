import CMBlogBuild
import CMBlogCore
import CMBlogSigning
import Foundation

/// Who the site says it is: `rel="me"` links are well-formed https URLs (the networks that
/// verify them refuse anything else), `fediverse:creator` is `@user@host`, the Bluesky
/// `atproto-did` file is served when `atproto_did:` is set, every author key published is a
/// minisign key, and every signed post verifies as `cmblog verify` checks it.
enum IdentityChecks {
    static func findings(in scanned: ScannedSite) async -> [Finding] {
        var findings: [Finding] = []
        var seen: Set<String> = []
        for file in scanned.pages.keys.sorted() {
            let page = scanned.pages[file]!
            for link in page.relMe where seen.insert("me " + link.url).inserted && !isHTTPS(link.url) {
                findings.append(Finding("identity.rel-me", .error, at: settingLocation(of: link.url, in: scanned) ?? scanned.locator.location(file: file, offset: link.offset, needle: link.url),
                                        "the rel=\"me\" link \(link.url) is not a well-formed https:// URL: networks will not verify it"))
            }
            for creator in page.fediverseCreators where seen.insert("creator " + creator.url).inserted && !isFediverseHandle(creator.url) {
                findings.append(Finding("identity.fediverse-creator", .error,
                                        at: settingLocation(of: creator.url, in: scanned) ?? scanned.locator.location(file: file, offset: creator.offset, needle: creator.url),
                                        "fediverse:creator is `\(creator.url)`, not a handle of the form @user@host"))
            }
        }
        findings += atprotoFindings(in: scanned.site)
        findings += keyFindings(in: scanned)
        findings += await signatureFindings(in: scanned)
        return findings
    }

    static func isHTTPS(_ text: String) -> Bool {
        guard text.hasPrefix("https://"), !text.contains(" "), let url = URL(string: text), let host = url.host(), host.contains(".") || host == "localhost" else { return false }
        return !host.hasPrefix(".") && !host.hasSuffix(".")
    }

    /// `@user@host.example`.
    static func isFediverseHandle(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].isEmpty, !parts[1].isEmpty, parts[2].contains("."), !parts[2].hasPrefix("."), !parts[2].hasSuffix(".") else { return false }
        let allowed = { (character: Character) in character.isASCII && (character.isLetter || character.isNumber || "_.-".contains(character)) }
        return parts[1].allSatisfy(allowed) && parts[2].allSatisfy(allowed)
    }

    /// Where an identity setting is written: cmblog.yml or an author's file.
    private static func settingLocation(of value: String, in scanned: ScannedSite) -> SourceLocation? {
        let folder = scanned.site.source.appending(path: "authors")
        let authors = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted().map { "authors/" + $0 }
        for path in [SiteConfig.fileName] + authors {
            if let place = Locator.find(value, in: scanned.site.source.appending(path: path)) {
                return SourceLocation(path: path, line: place.line, column: place.column)
            }
        }
        return nil
    }

    private static func atprotoFindings(in site: CheckedSite) -> [Finding] {
        guard let did = site.config.atprotoDID else { return [] }
        let path = ".well-known/atproto-did"
        let place = Locator.find("atproto_did", in: site.source.appending(path: SiteConfig.fileName))
        let location = SourceLocation(path: SiteConfig.fileName, line: place?.line, column: place?.column)
        guard let bytes = site.bytes(of: path) else {
            return [Finding("identity.atproto-did", .error, at: location, "atproto_did is set, but the site has no /\(path): Bluesky cannot verify the handle")]
        }
        let served = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard served == did else {
            return [Finding("identity.atproto-did", .error, at: location, "/\(path) says \(served), not \(did) as atproto_did does")]
        }
        return []
    }

    private static func keyFindings(in scanned: ScannedSite) -> [Finding] {
        scanned.site.files.filter { $0.hasSuffix("minisign.pub") }.compactMap { file in
            guard let bytes = scanned.site.bytes(of: file) else { return nil }
            do {
                _ = try MinisignPublicKey(text: String(decoding: bytes, as: UTF8.self))
                return nil
            } catch {
                return Finding("identity.key", .error, at: scanned.locator.location(file: file, offset: nil, needle: nil), "/\(file) is not a minisign public key: \(error)")
            }
        }
    }

    /// Every signed post, verified from the output as a reader would.
    private static func signatureFindings(in scanned: ScannedSite) async -> [Finding] {
        let site = scanned.site
        guard site.fileSet.contains(SignatureManifest.path) else { return [] }
        let verification = SiteVerification { path in
            guard let bytes = site.bytes(of: String(path.drop { $0 == "/" })) else { throw CheckError("\(path) is missing from the site") }
            return Data(bytes)
        }
        do {
            return try await verification.run().compactMap { outcome in
                guard let problem = outcome.problem else { return nil }
                let file = LinkTarget.resolve(outcome.url, from: "index.html", config: site.config)
                let page = if case .site(let path, _) = file { LinkTarget.file(for: path, in: site.fileSet) } else { String?.none }
                let location = page.map { scanned.locator.location(file: $0, offset: nil, needle: nil) } ?? SourceLocation(path: site.outputLabel + SignatureManifest.path)
                return Finding("identity.signature", .error, at: location, "the signature of \(outcome.url) does not verify: \(problem)")
            }
        } catch {
            return [Finding("identity.signature", .error, at: SourceLocation(path: site.outputLabel + SignatureManifest.path), "\(error)")]
        }
    }
}

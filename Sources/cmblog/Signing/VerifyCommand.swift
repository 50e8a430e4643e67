import ArgumentParser
import CMBlogBuild
import CMBlogCore
import CMBlogManifest
import CMBlogSigning
import Foundation

/// `cmblog verify DIR-or-URL`.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a built site against its signed manifest, and every signed post: a folder, or a site at an https:// address.",
        discussion: """
            Checks the manifest's signature with the site key (--key, else `site_key:` of the content \\
            repository's cmblog.yml, else the key the site publishes, which is said), then the SHA-256 of \\
            every file it lists: changed and missing files, and for a folder the files it does not list. \\
            Then checks each signed post as before. Exits with 1 on any problem.
            """
    )

    @Argument(help: ArgumentHelp("The built site: a folder such as public/, or its address.", valueName: "dir-or-url"))
    var site: String

    @Option(name: .long, help: ArgumentHelp("The site key: its RW… line, or a .pub file.", valueName: "key"))
    var key: String?

    @Option(name: .long, help: ArgumentHelp("The content repository, for its site key and manifest path (default: the current folder, when it is one).", valueName: "dir"))
    var source: String?

    @Option(name: .long, help: ArgumentHelp("How many files are fetched at once over HTTP.", valueName: "n"))
    var jobs = 8

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let source { try SourceOption.check(source) }
    }

    func run() async throws {
        let published: PublishedSite
        do {
            published = try PublishedSite(site)
        } catch {
            throw ValidationError(error.message)
        }
        let config = try SourceOption.settingsIfAny(source)
        let siteKey = try expectedKey(config: config)
        let manifestPassed = await checkManifest(of: published, files: config.map(ManifestFiles.init) ?? .standard, key: siteKey)
        let postsPassed = await checkPosts(of: published)
        if !manifestPassed || !postsPassed { throw ExitCode.failure }
    }

    /// The key the manifest must be signed with: `--key`, else `site_key:`.
    private func expectedKey(config: SiteConfig?) throws -> MinisignPublicKey? {
        if let key {
            let text = FileManager.default.fileExists(atPath: key) ? try String(contentsOfFile: key, encoding: .utf8) : key
            do {
                return try MinisignPublicKey(text: text)
            } catch {
                throw ValidationError("--key \(key): \(error)")
            }
        }
        guard let setting = config?.siteKey else { return nil }
        do {
            return try MinisignPublicKey(text: setting.value)
        } catch {
            throw DiagnosticError(.error("`site_key` is not a minisign public key: \(error)", path: SiteConfig.fileName, line: setting.line, column: 1))
        }
    }

    /// Checks the manifest and the files it lists; prints what is wrong.
    private func checkManifest(of site: PublishedSite, files: ManifestFiles, key: MinisignPublicKey?) async -> Bool {
        let report: ManifestVerification.Report
        do {
            report = try await ManifestVerification(site: site, files: files, key: key, width: jobs, ignoring: [OutputMarker.fileName]).run()
        } catch {
            Terminal.line("FAIL \(Terminal.visible(error.message))")
            return false
        }
        switch report.signature {
        case .verified(let id):
            if !global.quiet { Terminal.line("ok   manifest signed by the site key \(id)") }
        case .verifiedWithPublishedKey(let id):
            if !global.quiet {
                Terminal.line("ok   manifest signed by \(id), the key the site itself publishes: compare it with the site key you trust, or pass --key")
            }
        case .unsigned:
            if !global.quiet { Terminal.line("note the manifest is not signed (the site has no site key): its hashes show the files are complete, not who published them") }
        case .refused(let why):
            Terminal.line("FAIL \(Terminal.visible(why))")
        }
        let comparison = report.comparison
        for path in comparison.changed { Terminal.line("FAIL changed  \(Terminal.visible(path))") }
        for path in comparison.missing { Terminal.line("FAIL missing  \(Terminal.visible(path))") }
        for path in comparison.added ?? [] { Terminal.line("FAIL added    \(Terminal.visible(path))") }
        for (path, why) in comparison.unreadable.sorted(by: { $0.key < $1.key }) { Terminal.line("FAIL unreadable \(Terminal.visible(path))  \(Terminal.visible(why))") }
        if !global.quiet || !report.passed {
            let added = comparison.added.map { "\($0.count) added" } ?? "added files cannot be listed over HTTP"
            Terminal.line("\(DiagnosticPrinter.plural(report.manifest.files.count, "file")) in the manifest: \(comparison.matching) as published, \(comparison.changed.count) changed, \(comparison.missing.count) missing, \(added).")
        }
        return report.passed
    }

    /// Checks every signed post the site lists, as before the manifest; a site without
    /// signed posts has no list, which is not a failure.
    private func checkPosts(of site: PublishedSite) async -> Bool {
        let listed: Bool
        do {
            listed = try await site.contents(of: SignatureManifest.path) != nil
        } catch {
            Terminal.error("error: \(Terminal.visible(error.message))\n")
            return false
        }
        guard listed else {
            if !global.quiet { Terminal.line("No signed posts (no /\(SignatureManifest.path)).") }
            return true
        }
        let outcomes: [SiteVerification.Outcome]
        do {
            outcomes = try await SiteVerification(fetch: { path in
                guard let data = try await site.contents(of: String(path.dropFirst())) else { throw VerificationError("\(path) is missing") }
                return data
            }).run()
        } catch {
            Terminal.error("error: \(Terminal.visible("\(error)"))\n")
            return false
        }
        for outcome in outcomes {
            if let problem = outcome.problem {
                Terminal.line("FAIL \(outcome.url)  \(problem)")
            } else if !global.quiet {
                Terminal.line("ok   \(outcome.url)  signed by \(outcome.author)")
            }
        }
        let failures = outcomes.filter { $0.problem != nil }.count
        if !global.quiet || failures > 0 {
            Terminal.line("\(DiagnosticPrinter.plural(outcomes.count, "signed post")) checked, \(failures) failed.")
        }
        return failures == 0
    }
}

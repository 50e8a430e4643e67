import ArgumentParser
import CMBlogBuild
import CMBlogCore
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `cmblog verify DIR-or-URL`.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every signed post of a built site: a folder, or a site at an https:// address.",
        discussion: "Prints one line per signed post; exits with 1 if any signature fails."
    )

    @Argument(help: ArgumentHelp("The built site: a folder such as public/, or its address.", valueName: "dir-or-url"))
    var site: String

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let fetch = try Self.fetcher(for: site)
        let outcomes: [SiteVerification.Outcome]
        do {
            outcomes = try await SiteVerification(fetch: fetch).run()
        } catch {
            Terminal.error("error: \(Terminal.visible("\(error)"))\n")
            throw ExitCode.failure
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
        if failures > 0 { throw ExitCode.failure }
    }

    /// Reads site paths from a folder, or over HTTP(S) from an address.
    static func fetcher(for site: String) throws -> SiteVerification.Fetch {
        if site.hasPrefix("https://") || site.hasPrefix("http://") {
            guard let base = URL(string: site.hasSuffix("/") ? site : site + "/") else { throw ValidationError("not an address: \(site)") }
            return { path in
                let url = base.appending(path: String(path.dropFirst()))
                let (data, response) = try await URLSession.shared.data(from: url)
                if let status = (response as? HTTPURLResponse)?.statusCode, status != 200 {
                    throw VerificationError("\(url.absoluteString) answered HTTP \(status)")
                }
                return data
            }
        }
        let folder = URL(fileURLWithPath: site).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("\(site) is neither a folder nor an http(s) address")
        }
        return { path in
            let file = folder.appending(path: String(path.dropFirst()))
            guard file.standardizedFileURL.path.hasPrefix(folder.path + "/") else { throw VerificationError("\(path) is outside the site") }
            do {
                return try Data(contentsOf: file)
            } catch {
                throw VerificationError("\(path) is missing from \(site)")
            }
        }
    }
}

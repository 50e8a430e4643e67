import CMBlogCore
import CMBlogSigning
import Foundation

/// Where the site's secret key comes from, in order: the `CMBLOG_SITE_KEY` environment
/// variable (the key file's text, for a CI secret), a file given on the command line, or the
/// default file of the site's host in the folder of secret keys. None of them: no key, and
/// the manifest is published unsigned.
public enum SiteSecretKey {
    /// The environment variable holding the key file's text.
    public static let environmentVariable = "CMBLOG_SITE_KEY"

    /// The site's secret key, or nil when none is at hand.
    /// - Parameters:
    ///   - file: A key file that must exist (`--key`); nil for the default file, used only when present.
    ///   - config: The site's settings, whose host names the default file.
    /// - Throws: A `DiagnosticError` naming the variable or file when it holds no usable key.
    public static func load(environment: [String: String], file: URL?, config: SiteConfig, keyFolder: URL) throws(DiagnosticError) -> MinisignSecretKey? {
        if let text = environment[environmentVariable], !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return try parse(text, shownAs: "$\(environmentVariable)")
        }
        let defaultFile = SecretKeyFolder.siteKeyFile(for: config, in: keyFolder)
        let chosen = file ?? defaultFile
        guard FileManager.default.fileExists(atPath: chosen.path) else {
            if file == nil { return nil }
            throw DiagnosticError(.error("no secret key here", path: chosen.path))
        }
        let text: String
        do {
            text = try String(contentsOf: chosen, encoding: .utf8)
        } catch {
            throw DiagnosticError(.error("cannot read this secret key: \(error.localizedDescription)", path: chosen.path))
        }
        return try parse(text, shownAs: chosen.path)
    }

    private static func parse(_ text: String, shownAs name: String) throws(DiagnosticError) -> MinisignSecretKey {
        do {
            return try MinisignSecretKey(text: text)
        } catch let error as MinisignError {
            throw DiagnosticError(.error(error.reason, path: name, line: error.line ?? 1, column: 1))
        } catch {
            throw DiagnosticError(.error("cannot read this secret key: \(error)", path: name))
        }
    }
}

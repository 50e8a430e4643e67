import CMBlogCore
import Foundation

/// Proof that a signature covers what the build publishes. A signature leaves out the
/// `syndication:` block (see `SyndicationBlock`), so the file must read, without that block,
/// exactly as it reads with it, apart from the `syndication` list itself. Were it otherwise,
/// text slipped into the block could reach the page under the author's signature.
public enum SignatureCoverage {
    /// The bytes a signature of the file `bytes` covers: the file without its `syndication:` block.
    /// - Throws: A `DiagnosticError` at the file when the block would change what the file says.
    public static func signedBytes(of bytes: Data, path: String) throws(DiagnosticError) -> Data {
        let signed = SyndicationBlock.removed(from: bytes)
        guard signed != bytes else { return signed }
        if let problem = problem(file: try SourceText.decode(bytes, path: path), signed: signed, path: path) {
            throw DiagnosticError(.error(problem, path: path, line: 1, column: 1))
        }
        return signed
    }

    /// Why the file's text says more than its signed bytes, or nil when it says the same.
    /// - Parameters:
    ///   - file: The file's decoded text, as the build reads it.
    ///   - signed: The bytes the signature covers (`SyndicationBlock.removed(from:)`).
    static func problem(file: String, signed: Data, path: String) -> String? {
        guard let signedText = try? SourceText.decode(signed, path: path) else {
            return "the signed part of this file is not UTF-8 text"
        }
        let whole = SplitSource(splitting: file)
        let covered = SplitSource(splitting: signedText)
        guard whole.body == covered.body else {
            return "the `syndication:` block of this file changes where its front matter ends, so the page would show text the signature does not cover; write the block as a plain list of URLs (`cmblog syndicate` does)"
        }
        guard let wholeYAML = whole.frontMatter, let coveredYAML = covered.frontMatter else {
            return whole.frontMatter == covered.frontMatter ? nil : "the `syndication:` block of this file hides its front matter from the signature"
        }
        guard let wholeRoot = try? YAMLValue.parse(wholeYAML, path: path), let coveredRoot = try? YAMLValue.parse(coveredYAML, path: path),
              wholeRoot.removing(key: "syndication").hasSameContent(as: coveredRoot.removing(key: "syndication"))
        else {
            return "the `syndication:` block of this file sets front matter the signature does not cover; write the block as a plain list of URLs (`cmblog syndicate` does)"
        }
        return nil
    }
}

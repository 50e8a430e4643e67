import CMBlogContent
import CMBlogCore
import Foundation

/// One Jekyll post read for import: its text, line by line, and what its front matter says.
/// The text is copied as it is except for the lines the import rewrites: `author:` made an
/// author id, and `draft: true` for a post that was not public.
struct JekyllPost {
    /// The file, for diagnostics.
    let path: String
    var lines: [String]
    /// The front matter; nil when the file has none.
    private let frontMatter: YAMLValue?
    /// The index in `lines` of the `---` that closes the front matter.
    private let closingFence: Int

    /// Whether the file starts with a front matter.
    var hasFrontMatter: Bool { frontMatter != nil }
    /// The indices in `lines` of the front matter's lines, between its `---` lines.
    var frontMatterLines: Range<Int> { hasFrontMatter ? 1..<closingFence : 0..<0 }

    /// Reads `text`, refusing a front matter that is never closed (a file cut short) or that
    /// is not YAML, as the build would.
    /// - Throws: A `DiagnosticError` naming `path` and the line.
    init(text: String, path: String) throws(DiagnosticError) {
        self.path = path
        lines = text.components(separatedBy: "\n")
        if SplitSource.hasUnclosedFrontMatter(text) {
            throw DiagnosticError(.error("front matter opened with `---` is never closed by a `---` line: the file may have been cut short", path: path, line: 1, column: 1))
        }
        let split = SplitSource(splitting: text)
        guard let yaml = split.frontMatter else {
            frontMatter = nil
            closingFence = 0
            return
        }
        let root = try YAMLValue.parse(yaml, path: path, firstLine: split.frontMatterLine)
        guard root.entries != nil else {
            throw DiagnosticError(.error("front matter must be a mapping of `key: value` lines", path: path, line: root.line, column: root.column))
        }
        frontMatter = root
        closingFence = split.bodyLine - 2
    }

    /// The text as it will be written.
    var text: String { lines.joined(separator: "\n") }

    /// Whether the post is a draft in Jekyll's terms (`published: false`) or cmblog's (`draft: true`).
    var isDraft: Bool { frontMatter?["published"]?.bool == false || frontMatter?["draft"]?.bool == true }

    /// Why the post was not public, if it was not: it has a `password:` or `status: private`.
    var privacy: PrivatePost? {
        if frontMatter?["password"]?.string?.isEmpty == false { return .passwordProtected }
        return frontMatter?["status"]?.string?.lowercased() == "private" ? .privateStatus : nil
    }

    /// Makes the post a draft, with `note` above `draft: true`: the lines of a `draft:` it had
    /// are replaced, else the lines are added at the end of the front matter.
    mutating func markDraft(note: String) {
        guard let entries = frontMatter?.entries else { return }
        let added = [String(note.dropLast()), "draft: true"]
        guard let index = entries.firstIndex(where: { $0.key == "draft" }) else {
            lines.insert(contentsOf: added, at: closingFence)
            return
        }
        // An entry runs from its key's line to the next key's line, or to the closing `---`.
        let first = entries[index].keyLine - 1
        let end = index + 1 < entries.count ? entries[index + 1].keyLine - 1 : closingFence
        lines.replaceSubrange(first..<end, with: added)
    }
}

import CMBlogContent
import CMBlogCore
import Foundation

/// Imports a Jekyll `_posts` folder: each post is copied as it is (cmblog reads the front
/// matter Jekyll and WordPress-to-Jekyll exporters write), with its `author:` made an author
/// id and damaged encoding repaired; an author file is created for each name found.
struct JekyllImporter {
    let folder: URL
    let existing: ExistingRepository
    let progress: @Sendable (ImportProgress) -> Void

    func plan() throws -> ImportPlan {
        var plan = ImportPlan(report: ImportReport(source: "jekyll"))
        let posts = try postFiles()
        progress(.started(total: posts.count))
        var authors: [String: String] = [:]
        for url in posts {
            let name = url.lastPathComponent
            let text = try decode(url, report: &plan.report)
            let repairedText = plan.report.repaired(text, at: name)
            let (rewritten, names) = try rewriteAuthors(repairedText, path: url.path)
            if names.isEmpty {
                plan.report.warnings.append(.warning("no `author:`; add one before building (the brand speaks through named people)", path: url.path, line: 1))
            }
            for (id, written) in names { authors[id] = authors[id] ?? written }
            if rewritten.contains("\npublished: false") { plan.report.drafts += 1 }
            plan.report.shortcodes.merge(WordPressShortcodes.convert(rewritten).others, uniquingKeysWith: +)
            plan.report.media.formUnion(MediaReferences.uploads(in: rewritten))
            plan.add("\(ContentLoader.Folder.posts)/\(name)", rewritten)
            plan.report.posts += 1
            progress(.advanced)
        }
        for (id, name) in authors.sorted(by: { $0.key < $1.key }) {
            let path = "\(ContentLoader.Folder.authors)/\(id).yml"
            if existing.has(path) {
                plan.report.authorsKept += 1
            } else {
                plan.add(path, "name: \(YAMLText.scalar(name))\n", policy: .keepExisting)
                plan.report.authorsCreated += 1
            }
        }
        plan.add(plan.report.path, plan.report.markdown, policy: .alwaysReplace)
        return plan
    }

    /// The post files of the folder (or of its `_posts` folder), sorted.
    private func postFiles() throws -> [URL] {
        var root = folder
        let posts = folder.appending(path: "_posts")
        if FileManager.default.fileExists(atPath: posts.path) { root = posts }
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw DiagnosticError(.error("cannot read this folder", path: folder.path))
        }
        let extensions: Set<String> = ["md", "markdown", "html"]
        return enumerator.compactMap { $0 as? URL }
            .filter { extensions.contains($0.pathExtension.lowercased()) && !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.path < $1.path }
    }

    /// The file's text: UTF-8, or, when it is not, Windows-1252 (an old export's encoding),
    /// counted as a repair.
    private func decode(_ url: URL, report: inout ImportReport) throws -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DiagnosticError(.error("cannot read this post: \(error.localizedDescription)", path: url.path))
        }
        if let text = try? SourceText.decode(data, path: url.path) { return text }
        report.repairs += 1
        report.notes.append("\(url.lastPathComponent) was not UTF-8; it was read as Windows-1252.")
        return String(data: data, encoding: .windowsCP1252) ?? String(decoding: data, as: UTF8.self)
    }

    /// The text with each `author:` (or `authors:` item) replaced by an author id, and the
    /// ids with the names as written.
    private func rewriteAuthors(_ text: String, path: String) throws -> (String, [(String, String)]) {
        var lines = text.components(separatedBy: "\n")
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { return (text, []) }
        var names: [(String, String)] = []
        var inList = false
        for index in 1..<end {
            let line = lines[index]
            if line.hasPrefix("author:") || line.hasPrefix("authors:") {
                let key = line.hasPrefix("author:") ? "author" : "authors"
                let value = line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
                inList = value.isEmpty
                if !value.isEmpty, let name = unquoted(value), !name.hasPrefix("[") {
                    let id = Slug.make(from: name)
                    names.append((id, name))
                    lines[index] = "\(key): \(id)"
                }
            } else if inList, line.trimmingCharacters(in: .whitespaces).hasPrefix("- ") {
                let value = line.trimmingCharacters(in: .whitespaces).dropFirst(2).trimmingCharacters(in: .whitespaces)
                if let name = unquoted(value) {
                    let id = Slug.make(from: name)
                    names.append((id, name))
                    lines[index] = "  - \(id)"
                }
            } else {
                inList = false
            }
        }
        return (lines.joined(separator: "\n"), names.filter { !$0.0.isEmpty })
    }

    private func unquoted(_ value: String) -> String? {
        var text = value
        if let comment = text.range(of: " #") { text = String(text[..<comment.lowerBound]) }
        if (text.hasPrefix("\"") && text.hasSuffix("\"")) || (text.hasPrefix("'") && text.hasSuffix("'")), text.count >= 2 {
            text = String(text.dropFirst().dropLast())
        }
        return text.isEmpty ? nil : text
    }
}

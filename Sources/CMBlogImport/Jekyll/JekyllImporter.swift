import CMBlogContent
import CMBlogCore
import Foundation

/// Imports a Jekyll `_posts` folder: each post is copied as it is (cmblog reads the front
/// matter Jekyll and WordPress-to-Jekyll exporters write), with its `author:` made an author
/// id and damaged encoding repaired; an author file is created for each name found.
///
/// The folder is read as the build reads a site: a symbolic link to a place outside it is
/// never followed, only reported. A post that was private or password-protected becomes a
/// draft. Every post is read before anything is planned, and a post the build could not
/// read (a front matter never closed, or not YAML) stops the import with all such errors.
struct JekyllImporter {
    let folder: URL
    let existing: ExistingRepository
    let progress: @Sendable (ImportProgress) -> Void

    func plan() throws -> ImportPlan {
        var plan = ImportPlan(report: ImportReport(source: "jekyll"))
        let source = LocalFileSystem(root: folder)
        let files = try postFiles(in: source)
        progress(.started(total: files.count))
        var authors: [String: String] = [:]
        var errors: [Diagnostic] = []
        for file in files {
            defer { progress(.advanced) }
            let fullPath = folder.appending(path: file).path
            do {
                try source.checkInside(file)
            } catch {
                plan.report.warnings.append(.warning("a symbolic link to a place outside the folder being imported; it was not followed and nothing was read from it", path: fullPath))
                plan.report.skipped["symbolic links out of the folder", default: 0] += 1
                continue
            }
            let name = (file as NSString).lastPathComponent
            let text = plan.report.repaired(try decode(file, in: source, fullPath: fullPath, report: &plan.report), at: name)
            var post: JekyllPost
            do {
                post = try JekyllPost(text: text, path: fullPath)
            } catch {
                errors += error.diagnostics
                continue
            }
            let names = post.rewriteAuthors()
            if names.isEmpty {
                plan.report.warnings.append(.warning("no `author:`; add one before building (the brand speaks through named people)", path: fullPath, line: 1))
            }
            for (id, written) in names { authors[id] = authors[id] ?? written }
            let path = "\(ContentLoader.Folder.posts)/\(name)"
            if let privacy = post.privacy {
                post.markDraft(note: privacy.note(on: "the Jekyll site"))
                plan.report.keptUnpublished(path, because: privacy)
            }
            if post.isDraft || post.privacy != nil { plan.report.drafts += 1 }
            let written = post.text
            plan.report.shortcodes.merge(WordPressShortcodes.convert(written).others, uniquingKeysWith: +)
            plan.report.media.formUnion(MediaReferences.uploads(in: written))
            plan.add(path, written)
            plan.report.posts += 1
        }
        if !errors.isEmpty { throw DiagnosticError(errors) }
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

    /// The post files of the folder (or of its `_posts` folder), relative to it, sorted; hidden
    /// files and links to folders are left out, as the build leaves them out.
    private func postFiles(in source: LocalFileSystem) throws -> [String] {
        guard Self.isFolder(folder) else {
            throw DiagnosticError(.error("cannot read this folder", path: folder.path))
        }
        let files = try source.files(under: Self.isFolder(folder.appending(path: "_posts")) ? "_posts" : "")
        let extensions: Set<String> = ["md", "markdown", "html"]
        return files.filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }
    }

    private static func isFolder(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// The file's text: UTF-8, or, when it is not, Windows-1252 (an old export's encoding),
    /// counted as a repair.
    private func decode(_ file: String, in source: LocalFileSystem, fullPath: String, report: inout ImportReport) throws -> String {
        let data: Data
        do {
            data = try source.contents(of: file)
        } catch {
            throw DiagnosticError(.error("cannot read this post: \((error as? FileReadError)?.reason ?? error.localizedDescription)", path: fullPath))
        }
        if let text = try? SourceText.decode(data, path: fullPath) { return text }
        report.repairs += 1
        report.notes.append("\((file as NSString).lastPathComponent) was not UTF-8; it was read as Windows-1252.")
        return String(data: data, encoding: .windowsCP1252) ?? String(decoding: data, as: UTF8.self)
    }
}

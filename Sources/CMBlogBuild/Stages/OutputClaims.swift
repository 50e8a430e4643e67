import CMBlogCore

/// Checks that every file the plan writes can exist beside the others, before anything is
/// written: no two jobs claim one file, no file stands where another job needs a folder
/// (a post at `/_redirects` beside the `_redirects` file), and no name is longer than file
/// systems allow. Each problem names the source of the job at fault.
enum OutputClaims {
    /// The longest file or folder name most file systems accept, in bytes.
    static let maximumNameBytes = 255
    /// The longest path kept under the output folder, in bytes, leaving room for its own path.
    static let maximumPathBytes = 3_000

    static func problems(in jobs: [RenderJob]) -> [Diagnostic] {
        // Claims hold the index of their job: copying jobs (and what they render) into the
        // tables cost more than the check itself.
        var files: [String: Int] = [:]
        var folders: [String: Int] = [:]
        var diagnostics: [Diagnostic] = []
        for (index, job) in jobs.enumerated() {
            // A share card sits beside its page: when the page cannot be written, that one error says it.
            if case .shareCard = job.work, diagnostics.contains(where: { $0.location == job.origin }) { continue }
            let file = job.path.outputFile
            if let problem = nameProblem(file) {
                diagnostics.append(Diagnostic(.error, at: job.origin, "the URL \(job.path.canonical) cannot be written: \(problem)"))
                continue
            }
            if file == OutputMarker.fileName {
                diagnostics.append(Diagnostic(.error, at: job.origin, "the URL /\(file) is kept for the mark cmblog writes into every output folder it builds; choose another"))
                continue
            }
            if let first = files[file] ?? folders[file] {
                diagnostics.append(clash(job, jobs[first], "the URL \(job.path.canonical) is also claimed by"))
                continue
            }
            let parents = parentFolders(of: file)
            if let folder = parents.first(where: { files[$0] != nil }), let first = files[folder] {
                diagnostics.append(clash(job, jobs[first], "the URL \(job.path.canonical) needs a folder /\(folder)/ where a file is written by"))
                continue
            }
            files[file] = index
            for folder in parents where folders[folder] == nil { folders[folder] = index }
        }
        return diagnostics
    }

    /// The error of a clash between two jobs, placed at the one a person wrote: when `job` is
    /// generated (the sitemap, a redirect file) the content that took its place is at fault.
    private static func clash(_ job: RenderJob, _ first: RenderJob, _ message: String) -> Diagnostic {
        let isGenerated = job.origin.path.hasPrefix("(generated") && !first.origin.path.hasPrefix("(generated")
        let (at, other) = isGenerated ? (first.origin, job.origin) : (job.origin, first.origin)
        return Diagnostic(.error, at: at, "\(message) \(other)")
    }

    /// `a`, `a/b` for `a/b/index.html`.
    private static func parentFolders(of file: String) -> [String] {
        var folders: [String] = []
        var index = file.startIndex
        while let slash = file[index...].firstIndex(of: "/") {
            folders.append(String(file[..<slash]))
            index = file.index(after: slash)
        }
        return folders
    }

    private static func nameProblem(_ file: String) -> String? {
        if file.utf8.count > maximumPathBytes { return "its path is \(file.utf8.count) bytes long, more than the \(maximumPathBytes) cmblog allows; shorten the slug or permalink" }
        if let long = file.split(separator: "/").first(where: { $0.utf8.count > maximumNameBytes }) {
            return "the segment '\(long.prefix(40))…' is \(long.utf8.count) bytes long, more than the \(maximumNameBytes) file systems allow; shorten the slug or permalink"
        }
        return nil
    }
}

import Foundation

/// The files an import will write, decided before anything is written.
public struct ImportPlan: Sendable {
    public var files: [PlannedFile] = []
    public var report: ImportReport

    public init(report: ImportReport) {
        self.report = report
    }

    /// Adds a file at `path` (relative to the target folder).
    mutating func add(_ path: String, _ text: String, policy: PlannedFile.Policy = .replaceIfSame) {
        files.append(PlannedFile(path: path, contents: Data(text.utf8), policy: policy))
    }
}

/// One file of an import.
public struct PlannedFile: Sendable, Equatable {
    /// What happens when a file is already at the path.
    public enum Policy: Sendable, Equatable {
        /// Identical: nothing to do. Different: a conflict, unless `--force`.
        case replaceIfSame
        /// The existing file is kept as it is (an author the site already has).
        case keepExisting
        /// The file holds everything the existing one held, and more (a comment thread merged
        /// with the imported comments): written without `--force`.
        case extendsExisting
        /// Always written (the import report).
        case alwaysReplace
    }

    public let path: String
    public let contents: Data
    public let policy: Policy
}

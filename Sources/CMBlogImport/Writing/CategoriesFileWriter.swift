import CMBlogContent
import CMBlogCore

/// Writes an export's category tree into `categories.yml`, the file the build reads: each
/// category that has a parent with its `parent:`, and each category at the top of a tree as
/// `Name: {}`, added to those the file has.
enum CategoriesFileWriter {
    /// The text of the file with `tree` added, nil when it would not change; `existing` is the
    /// file's text, nil when there is none.
    /// - Throws: A `DiagnosticError` at the line of the existing file that cannot be read.
    static func text(adding tree: ExportCategoryTree, to existing: String?, source: String) throws -> String? {
        let file = GrowingMappingFile(header: """
            # Where the categories of the \(source) site are filed, written by cmblog import
            # \(source). `Name: {}` is a category at the top; `parent:` names the category another
            # is filed in. Edit freely: an import run again keeps these lines and only adds the
            # categories missing here.

            """) { existing in
            let (parsed, problems) = CategoriesParser.parse(existing)
            if problems.containsError { throw DiagnosticError(problems) }
            return Set(parsed.map { Slug.make(from: $0.name) })
        }
        let entries = tree.nodes.map { node in
            GrowingMappingFile.Entry(key: Slug.make(from: node.name), lines: YAMLText.scalar(node.name) + ":"
                + (node.parent.map { "\n  parent: \(YAMLText.scalar($0))\n" } ?? " {}\n"))
        }
        return try file.text(adding: entries, to: existing)
    }
}

@testable import CMBlogCore

/// Reads one text through `YAMLValue.parse` (the block reader first) and through Yams alone,
/// and says how they differ.
struct BlockYAMLComparison {
    /// The block reader's value; nil when it left the text to Yams.
    let fast: YAMLValue?
    /// What `YAMLValue.parse` gives: a value, or the diagnostics it throws.
    let parsed: Result<YAMLValue, DiagnosticError>
    /// What Yams alone gives.
    let yams: Result<YAMLValue, DiagnosticError>

    init(_ text: String, firstLine: Int = 1) {
        fast = BlockYAMLReader.read(text, firstLine: firstLine)
        parsed = Result { () throws(DiagnosticError) in try YAMLValue.parse(text, path: "t.yml", firstLine: firstLine) }
        yams = Result { () throws(DiagnosticError) in try YAMLValue.parseWithYams(text, path: "t.yml", firstLine: firstLine) }
    }

    /// Whether the block reader read the text itself.
    var accepted: Bool { fast != nil }

    /// Why the two paths disagree, or nil when they give the same value or the same diagnostics.
    var disagreement: String? {
        switch (parsed, yams) {
        case let (.success(mine), .success(theirs)):
            return mine == theirs ? nil : "values differ:\n  parse: \(mine)\n  yams:  \(theirs)"
        case let (.failure(mine), .failure(theirs)):
            return mine.diagnostics == theirs.diagnostics ? nil : "diagnostics differ: \(mine) / \(theirs)"
        case let (.success(mine), .failure(theirs)):
            return "parse read \(mine) where Yams refuses: \(theirs)"
        case let (.failure(mine), .success(theirs)):
            return "parse refuses (\(mine)) where Yams reads \(theirs)"
        }
    }
}

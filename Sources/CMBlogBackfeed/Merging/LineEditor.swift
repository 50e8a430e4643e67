import CMBlogComments
import CMBlogCore
import Foundation

/// Edits a thread file by whole lines: the places are found in the file as first read, the
/// edits applied from the bottom up, and every line not edited is kept byte for byte.
struct LineEditor {
    private struct Edit {
        let lines: Range<Int>
        let order: Int
        let replacement: String
    }

    private let lines: [String]
    private let root: YAMLValue?
    private let newline: String
    private let path: String
    private var edits: [Edit] = []

    /// - Throws: A `DiagnosticError` when `text` is not YAML.
    init(_ text: String, path: String) throws {
        lines = SourceText.lines(of: Array(text.utf8)).map { String(decoding: $0.whole, as: UTF8.self) }
        root = try YAMLValue.parse(text, path: path)
        newline = lines.first?.hasSuffix("\r\n") == true ? "\r\n" : "\n"
        self.path = path
    }

    /// The text with every edit made.
    var text: String {
        var result = lines
        if edits.contains(where: { $0.lines.lowerBound == lines.count }), let last = result.indices.last,
           !result[last].hasSuffix("\n"), !result[last].hasSuffix("\r") {
            result[last] += newline
        }
        for edit in edits.sorted(by: { ($0.lines.lowerBound, $0.order) > ($1.lines.lowerBound, $1.order) }) {
            let replacement = SourceText.lines(of: Array(edit.replacement.utf8)).map {
                String(decoding: $0.content, as: UTF8.self) + newline
            }
            result.replaceSubrange(edit.lines, with: replacement)
        }
        return result.joined()
    }

    /// Sets the status of `comment` to `removed-at-source`: on its `status:` line, or on a new
    /// line under its `id:`. Returns false, changing nothing, when the item is not written as
    /// a block mapping that allows either.
    mutating func markRemoved(_ comment: Comment) -> Bool {
        guard let item = root?["comments"]?.sequence?.first(where: { $0["id"]?.string == comment.id }) else { return false }
        let marked = "status: removed-at-source"
        if let status = item.entries?.first(where: { $0.key == "status" }) {
            let index = status.keyLine - 1
            let content = lines[index].trimmingCharacters(in: .newlines)
            guard content.range(of: #"^\s*(- )?\s*status:\s*["']?[a-z-]+["']?\s*(#.*)?$"#, options: .regularExpression) != nil else { return false }
            let prefix = content.prefix { $0 == " " || $0 == "-" }
            edit(index..<index + 1, String(prefix) + marked + "\n")
            return true
        }
        guard let id = item.entries?.first(where: { $0.key == "id" }), item["id"]?.line == id.keyLine else { return false }
        let index = id.keyLine - 1
        let prefix = lines[index].prefix(id.keyColumn - 1)
        guard prefix.allSatisfy({ $0 == " " || $0 == "-" }) else { return false }
        edit(index + 1..<index + 1, String(repeating: " ", count: id.keyColumn - 1) + marked + "\n")
        return true
    }

    /// Adds `items` (each written at indent zero) at the end of the `comments:` list,
    /// indented as its items are; creates the list when the file has none.
    /// - Throws: A `DiagnosticError` when the list is written in a flow style (`[…]`).
    mutating func append(_ items: [String]) throws {
        guard let entry = root?.entries?.first(where: { $0.key == "comments" }) else {
            edit(lines.count..<lines.count, "comments:\n" + indented(items, by: "  "))
            return
        }
        let keyIndex = entry.keyLine - 1
        if let first = entry.value.sequence?.first {
            let line = lines[first.line - 1]
            let indent = line.prefix { $0 == " " }
            guard line.dropFirst(indent.count).hasPrefix("-") else {
                throw DiagnosticError(.error("`comments` is written as a flow list; write it as `- id: …` items so cmblog backfeed can add to it", path: path, line: entry.keyLine, column: entry.keyColumn))
            }
            let end = lastContentLine(of: entry) + 1
            edit(end..<end, indented(items, by: String(indent)))
        } else if lines[keyIndex].range(of: #"^comments:\s*(\[\s*\])?\s*(#.*)?\R?$"#, options: .regularExpression) != nil {
            edit(keyIndex..<keyIndex + 1, "comments:\n" + indented(items, by: "  "))
        } else {
            throw DiagnosticError(.error("`comments` is not a list cmblog backfeed can add to; write it as `- id: …` items", path: path, line: entry.keyLine, column: entry.keyColumn))
        }
    }

    /// Replaces the top-level block `key` (its key line to its last indented line) with
    /// `block`, or adds `block` at the end of the file.
    mutating func replaceBlock(_ key: String, with block: String) {
        guard let entry = root?.entries?.first(where: { $0.key == key }) else {
            edit(lines.count..<lines.count, block)
            return
        }
        edit(entry.keyLine - 1..<lastContentLine(of: entry) + 1, block)
    }

    private mutating func edit(_ range: Range<Int>, _ replacement: String) {
        edits.append(Edit(lines: range, order: edits.count, replacement: replacement))
    }

    private func indented(_ items: [String], by indent: String) -> String {
        items.joined().split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map { $0.isEmpty ? "\n" : indent + $0 + "\n" }.joined()
    }

    /// The index of the last line of a top-level entry: before the next top-level key, not
    /// counting the blank lines and column-zero comments that precede it.
    private func lastContentLine(of entry: YAMLEntry) -> Int {
        let next = root?.entries?.map { $0.keyLine - 1 }.filter { $0 > entry.keyLine - 1 }.min() ?? lines.count
        var last = next - 1
        while last > entry.keyLine - 1 {
            let content = lines[last].trimmingCharacters(in: .newlines)
            guard content.trimmingCharacters(in: .whitespaces).isEmpty || content.hasPrefix("#") else { break }
            last -= 1
        }
        return last
    }
}

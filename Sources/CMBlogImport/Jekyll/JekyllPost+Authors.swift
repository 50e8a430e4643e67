import CMBlogCore
import Foundation

extension JekyllPost {
    /// Replaces each `author:` (or `authors:` item) with an author id; returns the ids with
    /// the names as written.
    mutating func rewriteAuthors() -> [(id: String, name: String)] {
        guard hasFrontMatter else { return [] }
        var names: [(id: String, name: String)] = []
        var inList = false
        for index in frontMatterLines {
            let line = lines[index]
            if line.hasPrefix("author:") || line.hasPrefix("authors:") {
                let key = line.hasPrefix("author:") ? "author" : "authors"
                let value = line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
                inList = value.isEmpty
                if !value.isEmpty, let name = Self.unquoted(value), !name.hasPrefix("[") {
                    let id = Slug.make(from: name)
                    names.append((id, name))
                    lines[index] = "\(key): \(id)"
                }
            } else if inList, line.trimmingCharacters(in: .whitespaces).hasPrefix("- ") {
                let value = line.trimmingCharacters(in: .whitespaces).dropFirst(2).trimmingCharacters(in: .whitespaces)
                if let name = Self.unquoted(value) {
                    let id = Slug.make(from: name)
                    names.append((id, name))
                    lines[index] = "  - \(id)"
                }
            } else {
                inList = false
            }
        }
        return names.filter { !$0.id.isEmpty }
    }

    private static func unquoted(_ value: String) -> String? {
        var text = value
        if let comment = text.range(of: " #") { text = String(text[..<comment.lowerBound]) }
        if (text.hasPrefix("\"") && text.hasSuffix("\"")) || (text.hasPrefix("'") && text.hasSuffix("'")), text.count >= 2 {
            text = String(text.dropFirst().dropLast())
        }
        return text.isEmpty ? nil : text
    }
}

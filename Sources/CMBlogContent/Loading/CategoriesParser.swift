import CMBlogCore

/// Reads `categories.yml`: each category, by the name posts give it, with its settings.
///
/// ```yaml
/// Espresso:
///   parent: Café
///   names: { en: Espresso drinks }
/// ```
public enum CategoriesParser {
    /// The file, at the root of the repository.
    public static let fileName = "categories.yml"

    /// The settings a category may have.
    public static let keys = ["parent", "names"]

    /// The settings of `text`, and an error at the line of each entry that is not a mapping
    /// of known settings (whether parents exist, and nest without a cycle, is checked against
    /// the posts by `CategoryHierarchy`).
    public static func parse(_ text: String, path: String = fileName) -> ([CategorySetting], [Diagnostic]) {
        let (entries, problems) = YAMLValue.mappingFileEntries(
            text, path: path, expected: "categories.yml must be a mapping of category names to their settings, such as `Espresso: { parent: Café }`")
        var settings: [CategorySetting] = []
        var diagnostics = problems
        for entry in entries {
            let location = SourceLocation(path: path, line: entry.keyLine, column: entry.keyColumn)
            guard !Slug.make(from: entry.key).isEmpty else {
                diagnostics.append(Diagnostic(.error, at: location, "category '\(entry.key)' has no letter or digit"))
                continue
            }
            if entry.value.isNull {
                settings.append(CategorySetting(name: entry.key, parent: nil, location: location))
                continue
            }
            guard let fields = entry.value.entries else {
                diagnostics.append(.error("the settings of '\(entry.key)' must be a mapping, such as `parent: Café`, not a \(entry.value.shapeName)",
                                          path: path, line: entry.value.line, column: entry.value.column))
                continue
            }
            var valid = true
            for field in fields where !keys.contains(field.key) {
                let hint = Suggestion.closest(to: field.key, among: keys).map { "did you mean `\($0)`? " } ?? ""
                diagnostics.append(.error("unknown setting `\(field.key)` of category '\(entry.key)'; \(hint)known: \(keys.joined(separator: ", "))",
                                          path: path, line: field.keyLine, column: field.keyColumn))
                valid = false
            }
            var reader = YAMLFields(entry.value, path: path)
            let parent = reader.text("parent")
            diagnostics += reader.diagnostics
            let names = entry.value["names"].map { translatedNames($0, of: entry.key, path: path, diagnostics: &diagnostics) } ?? [:]
            guard valid, reader.diagnostics.isEmpty else { continue }
            settings.append(CategorySetting(name: entry.key, parent: parent, location: location,
                                            parentLocation: entry.value["parent"].map { $0.location(in: path) }, names: names))
        }
        return (settings, diagnostics)
    }

    /// `names:`, the category's name in each other language of the site.
    private static func translatedNames(_ value: YAMLValue, of category: String, path: String,
                                        diagnostics: inout [Diagnostic]) -> [String: (name: String, location: SourceLocation)] {
        guard let entries = value.entries else {
            diagnostics.append(.error("the `names` of '\(category)' must map languages to names, such as `en: Workshop`",
                                      path: path, line: value.line, column: value.column))
            return [:]
        }
        var names: [String: (name: String, location: SourceLocation)] = [:]
        for entry in entries {
            guard let name = entry.value.string, !Slug.make(from: name).isEmpty else {
                diagnostics.append(.error("the \(entry.key) name of '\(category)' must be a text with a letter or digit",
                                          path: path, line: entry.value.line, column: entry.value.column))
                continue
            }
            names[entry.key] = (name, SourceLocation(path: path, line: entry.keyLine, column: entry.keyColumn))
        }
        return names
    }
}

import CMBlogCore
import Foundation

/// Loads the theme of a site: the built-in theme, overridden by name by the site's
/// `templates/` folder, compiled into a Mustache library.
public enum ThemeLoader {
    /// The folder of a content repository whose files override the default theme.
    public static let overrideFolder = "templates"

    /// Loads and compiles the theme.
    /// - Throws: A `DiagnosticError` naming the file and line of every template that fails to parse.
    public static func load(from fileSystem: any FileSystem) throws(DiagnosticError) -> CompiledTheme {
        var theme = Theme.builtIn
        var diagnostics: [Diagnostic] = []
        let files: [String]
        do {
            files = try fileSystem.files(under: overrideFolder)
        } catch {
            throw DiagnosticError(.error("cannot list the templates: \(error)", path: overrideFolder))
        }
        for path in files {
            do {
                let data = try fileSystem.contents(of: path)
                try theme.add(path: String(path.dropFirst(overrideFolder.count + 1)), data: data, origin: path)
            } catch let error as DiagnosticError {
                diagnostics += error.diagnostics
            } catch {
                diagnostics.append(.error("\(error)", path: path))
            }
        }
        var library = TemplateLibrary()
        for (name, file) in theme.templates.sorted(by: { $0.key < $1.key }) {
            do {
                try library.register(file.text, named: name)
            } catch {
                diagnostics.append(.error("template does not parse: \(error.message)", path: file.origin, line: error.line, column: error.column))
            }
        }
        if diagnostics.containsError { throw DiagnosticError(diagnostics) }
        return CompiledTheme(theme: theme, library: library)
    }
}

/// A theme ready to render: its files and their compiled templates.
public struct CompiledTheme: Sendable {
    public let theme: Theme
    let library: TemplateLibrary

    /// Whether a template of that name exists.
    public func hasTemplate(_ name: String) -> Bool { library.template(named: name) != nil }
}

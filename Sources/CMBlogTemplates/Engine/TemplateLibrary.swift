/// The theme's templates by name, parsed once; a template includes another by its name
/// (`{{> partials/byline}}`, `{{< layout}}`).
struct TemplateLibrary: Sendable {
    private var templates: [String: [TemplateNode]] = [:]

    /// Parses `text` and registers it under `name`.
    /// - Throws: A `TemplateSyntaxError` saying where the text does not parse.
    mutating func register(_ text: String, named name: String) throws(TemplateSyntaxError) {
        templates[name] = try TemplateParser.parse(text)
    }

    func template(named name: String) -> [TemplateNode]? { templates[name] }

    /// The text of template `name` rendered with `value` as its root; nil when there is no such template.
    func render(_ value: Any, withTemplate name: String) -> String? {
        renderBytes(value, withTemplate: name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The same text in UTF-8, as it is written out.
    func renderBytes(_ value: Any, withTemplate name: String) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var renderer = TemplateRenderer(library: self, root: value)
        renderer.render(template, TemplateRenderer.Context())
        return renderer.output
    }
}

import CMBlogCore

/// Renders parsed templates into one buffer of UTF-8 bytes.
///
/// Names are looked up from the innermost section outwards, each value asked for its field
/// directly (`TemplateParent`), and every piece of text is appended once to the same buffer.
struct TemplateRenderer {
    let library: TemplateLibrary
    private(set) var output: [UInt8] = []
    /// The values of the enclosing sections, innermost last, each seen once as a parent or not;
    /// pushed and popped in place as sections open and close.
    private var stack: [TemplateValue.Scope]

    /// A renderer whose outermost value is `root`.
    init(library: TemplateLibrary, root: Any) {
        self.library = library
        stack = [TemplateValue.Scope(root)]
        output.reserveCapacity(32 * 1024)
    }

    /// What a part of a template renders with, besides the values of the enclosing sections:
    /// the indentation of the enclosing standalone partials and blocks, and the blocks overridden.
    struct Context {
        var indentation: [UInt8] = []
        var overrides: [String: [TemplateNode]] = [:]
    }

    mutating func render(_ nodes: [TemplateNode], _ context: Context) {
        if context.indentation.isEmpty {
            for node in nodes { render(node, context) }
            return
        }
        // Each line a node starts, after the first of this template's output, is indented.
        let start = output.count
        for node in nodes {
            let before = output.count
            render(node, context)
            if output.count > before, before > start, output[before - 1] == UInt8(ascii: "\n") {
                output.insert(contentsOf: context.indentation, at: before)
            }
        }
    }

    private mutating func render(_ node: TemplateNode, _ context: Context) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let name, let escaped):
            guard let value = lookUp(name) else { return }
            let text = TemplateValue.text(of: value)
            if escaped { ByteEscaper.html.append(text, to: &output) } else { output.append(contentsOf: text.utf8) }
        case .section(let name, let body):
            switch lookUp(name) {
            case let sequence as any TemplateSequence:
                sequence.forEachItem { item in render(body, context, with: item) }
            case let flag as Bool:
                if flag { render(body, context) }
            case .some(let value):
                render(body, context, with: value)
            case .none:
                break
            }
        case .invertedSection(let name, let body):
            switch lookUp(name) {
            case let sequence as any TemplateSequence:
                if !sequence.hasItems { render(body, context, with: sequence) }
            case let flag as Bool:
                if !flag { render(body, context) }
            case .some:
                break
            case .none:
                render(body, context)
            }
        case .block(let name, let fallback, let indentation):
            var inner = context
            inner.indentation += indentation
            render(context.overrides[name] ?? fallback, inner)
        case .partial(let name, let indentation, let overrides):
            guard let template = library.template(named: name) else { return }
            var inner = context
            inner.indentation += indentation
            if let overrides {
                // The outermost override of a block wins.
                inner.overrides.merge(overrides) { outer, _ in outer }
            }
            render(template, inner)
        case .blockOverride:
            break
        }
    }

    /// The value a name stands for: its first part looked up from the innermost value outwards,
    /// the following parts as fields of what was found.
    /// `nodes` rendered with `value` as the innermost value.
    private mutating func render(_ nodes: [TemplateNode], _ context: Context, with value: Any) {
        stack.append(TemplateValue.Scope(value))
        render(nodes, context)
        stack.removeLast()
    }

    private func lookUp(_ name: TemplateName) -> Any? {
        switch name {
        case .current:
            return stack.last?.value
        case .innermost(let parts):
            return stack.last.flatMap { fields(parts[...], of: $0.value) }
        case .path(let parts):
            guard let first = parts.first else { return nil }
            for scope in stack.reversed() {
                if let found = scope.child(named: first) { return fields(parts.dropFirst(), of: found) }
            }
            return nil
        }
    }

    private func fields(_ parts: ArraySlice<String>, of value: Any) -> Any? {
        var value = value
        for part in parts {
            guard let child = TemplateValue.child(named: part, of: value) else { return nil }
            value = child
        }
        return value
    }
}

/// A Mustache template, parsed once when the theme loads: what a render walks.
indirect enum TemplateNode: Sendable {
    /// Text written as it is, in UTF-8.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`: shown for a true value, once per item of a list, or with the value on top of the stack.
    case section(TemplateName, [TemplateNode])
    /// `{{^name}}…{{/name}}`: shown for a missing, false or empty value.
    case invertedSection(TemplateName, [TemplateNode])
    /// `{{$name}}…{{/name}}` in a template that others extend: its text, unless the one extending it overrides it.
    case block(String, default: [TemplateNode], indentation: [UInt8])
    /// `{{> name}}`, or `{{< name}}…{{/name}}` with the blocks it overrides.
    case partial(String, indentation: [UInt8], overrides: [String: [TemplateNode]]?)
    /// `{{$name}}…{{/name}}` inside `{{< parent}}`: only while parsing, gathered into the partial's overrides.
    case blockOverride(String, [TemplateNode])
}

/// A name as a tag writes it: `.`, `a.b.c` (looked up through the enclosing sections), or
/// `.a.b` (on the innermost value only).
enum TemplateName: Sendable, Equatable {
    case current
    case path([String])
    case innermost([String])

    init(_ text: String) {
        if text == "." {
            self = .current
        } else if text.first == "." {
            self = .innermost(text.split(separator: ".").map(String.init))
        } else {
            self = .path(text.split(separator: ".").map(String.init))
        }
    }
}

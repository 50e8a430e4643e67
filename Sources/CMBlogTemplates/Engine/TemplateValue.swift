/// A value templates read fields of by name (`{{post.title}}`); each view model of the theme
/// is one, answering with a string, a number, a flag, a list or another such value, or nil.
protocol TemplateParent {
    func child(named name: String) -> Any?
}

/// A value a section repeats its text for, once per item.
protocol TemplateSequence {
    /// Calls `body` with each item, in order.
    func forEachItem(_ body: (Any) -> Void)
    var hasItems: Bool { get }
}

extension Array: TemplateSequence {
    func forEachItem(_ body: (Any) -> Void) { for item in self { body(item) } }
    var hasItems: Bool { !isEmpty }
}

extension Dictionary: TemplateParent where Key == String {
    func child(named name: String) -> Any? { self[name] }
}

/// How a template sees any value: its fields, its text, whether a section shows it.
enum TemplateValue {
    /// The field `name` of `value`; values that are not `TemplateParent`s are read by reflection.
    static func child(named name: String, of value: Any) -> Any? {
        if let parent = value as? any TemplateParent { return parent.child(named: name) }
        if value is String || value is Bool || value is Int { return nil }
        let field = Mirror(reflecting: value).children.first { $0.label == name }?.value
        return field.flatMap(unwrapped)
    }

    /// The value inside an optional, or nil; any other value as it is.
    static func unwrapped(_ value: Any) -> Any? {
        if let optional = value as? any OptionalValue { return optional.wrappedValue.flatMap(unwrapped) }
        return value
    }

    /// The text `{{name}}` writes for a value.
    static func text(of value: Any) -> String {
        if let string = value as? String { return string }
        return String(describing: unwrapped(value) ?? value)
    }
}

extension TemplateValue {
    /// A value on the stack of enclosing sections, whose kind is found once, when it is pushed,
    /// rather than at each name looked up through it.
    struct Scope {
        let value: Any
        private let parent: (any TemplateParent)?

        init(_ value: Any) {
            self.value = value
            parent = value as? any TemplateParent
        }

        func child(named name: String) -> Any? {
            if let parent { return parent.child(named: name) }
            return TemplateValue.child(named: name, of: value)
        }
    }
}

/// An optional seen as `Any`, so that the value inside can be taken out.
private protocol OptionalValue {
    var wrappedValue: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrappedValue: Any? { self }
}

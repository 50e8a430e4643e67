/// An element of an export file: its name, attributes, text and children.
final class XMLNode: @unchecked Sendable {
    /// The local name, without prefix (`post_id` for `wp:post_id`).
    let name: String
    /// The namespace URI, empty when there is none.
    let namespace: String
    let attributes: [String: String]
    /// The line where the element starts.
    let line: Int
    fileprivate(set) var children: [XMLNode] = []
    /// The text directly inside the element, CDATA included.
    fileprivate(set) var text = ""

    init(name: String, namespace: String, attributes: [String: String], line: Int) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.line = line
    }

    /// The first child named `name`, whose namespace starts with `namespacePrefix`.
    func child(_ name: String, in namespacePrefix: String? = nil) -> XMLNode? {
        children.first { $0.name == name && (namespacePrefix.map($0.namespace.hasPrefix) ?? true) }
    }

    /// Every child named `name`, whose namespace starts with `namespacePrefix`.
    func children(_ name: String, in namespacePrefix: String? = nil) -> [XMLNode] {
        children.filter { $0.name == name && (namespacePrefix.map($0.namespace.hasPrefix) ?? true) }
    }

    /// The text of the first child named `name`; nil when there is no such child.
    func text(of name: String, in namespacePrefix: String? = nil) -> String? {
        child(name, in: namespacePrefix)?.text
    }

    func append(_ child: XMLNode) { children.append(child) }
    func appendText(_ more: String) { text += more }
}

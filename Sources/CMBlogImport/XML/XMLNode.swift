/// An element of an export file: its name, attributes, text and children.
///
/// A node is a view into its document's flat list of elements, where each element names its
/// children by position: a tree of any depth is built, read and freed without recursion.
public struct XMLNode: Sendable {
    /// One element as the parser reported it.
    struct Record: Sendable {
        var name: String
        var namespace: String
        var attributes: [String: String]
        var line: Int
        /// The positions of the children in the document's list, in document order.
        var children: [Int] = []
        var text = ""
    }

    private let records: [Record]
    private let index: Int

    /// The element at `index` of `records`.
    init(records: [Record], index: Int) {
        precondition(records.indices.contains(index), "an XML node must point at an element of its document")
        self.records = records
        self.index = index
    }

    /// The local name, without prefix (`post_id` for `wp:post_id`).
    public var name: String { records[index].name }
    /// The namespace URI, empty when there is none.
    public var namespace: String { records[index].namespace }
    public var attributes: [String: String] { records[index].attributes }
    /// The line where the element starts.
    public var line: Int { records[index].line }
    /// The text directly inside the element, CDATA included.
    public var text: String { records[index].text }

    /// The child elements, in document order.
    public var children: [XMLNode] {
        records[index].children.map { XMLNode(records: records, index: $0) }
    }

    /// The first child named `name`, whose namespace starts with `namespacePrefix`.
    public func child(_ name: String, in namespacePrefix: String? = nil) -> XMLNode? {
        records[index].children.lazy.map { XMLNode(records: records, index: $0) }
            .first { $0.matches(name, in: namespacePrefix) }
    }

    /// Every child named `name`, whose namespace starts with `namespacePrefix`.
    public func children(_ name: String, in namespacePrefix: String? = nil) -> [XMLNode] {
        children.filter { $0.matches(name, in: namespacePrefix) }
    }

    /// The text of the first child named `name`; nil when there is no such child.
    public func text(of name: String, in namespacePrefix: String? = nil) -> String? {
        child(name, in: namespacePrefix)?.text
    }

    private func matches(_ name: String, in namespacePrefix: String?) -> Bool {
        self.name == name && (namespacePrefix.map(namespace.hasPrefix) ?? true)
    }
}

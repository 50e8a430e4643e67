import CMBlogCore

/// A JSON value written the way Foundation's `JSONSerialization` writes it with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (two-space indents, `"key" : value`,
/// keys sorted), but straight into a string: a feed's items are written without building a
/// dictionary of `Any` for each, and text escaped once (`escaped`) is copied as it is.
indirect enum PrettyJSON {
    case string(String)
    /// A string already escaped with `JSONString.escape`, without its quotes.
    case escaped(String)
    case array([PrettyJSON])
    case object([String: PrettyJSON])

    /// The value's text, ending without a line break.
    var text: String {
        var output = ""
        write(into: &output, depth: 0)
        return output
    }

    private func write(into output: inout String, depth: Int) {
        switch self {
        case .string(let text): output += "\""; output += JSONString.escape(text); output += "\""
        case .escaped(let text): output += "\""; output += text; output += "\""
        case .array(let items):
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += String(repeating: "  ", count: depth + 1)
                item.write(into: &output, depth: depth + 1)
                output += index < items.count - 1 ? ",\n" : "\n"
            }
            output += String(repeating: "  ", count: depth) + "]"
        case .object(let members):
            output += "{\n"
            let keys = members.keys.sorted()
            for (index, key) in keys.enumerated() {
                output += String(repeating: "  ", count: depth + 1) + "\"" + JSONString.escape(key) + "\" : "
                members[key]!.write(into: &output, depth: depth + 1)
                output += index < keys.count - 1 ? ",\n" : "\n"
            }
            output += String(repeating: "  ", count: depth) + "}"
        }
    }
}

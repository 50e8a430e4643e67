import CMBlogCore

/// A schema.org value, written as the text of a `<script type="application/ld+json">`
/// element: compact JSON with its keys sorted (so output is stable), and `<`, `>` and `&`
/// escaped so the text can never close its script element.
indirect enum JSONLD {
    case string(String)
    case int(Int)
    case array([JSONLD])
    case object([String: JSONLD])

    /// An object of the members that have a value.
    static func members(_ members: [String: JSONLD?]) -> JSONLD { .object(members.compactMapValues { $0 }) }

    /// The value's JSON text.
    var text: String {
        var output = ""
        write(into: &output)
        return output
    }

    private func write(into output: inout String) {
        switch self {
        case .string(let text): output += "\""; output += JSONString.escapeForScript(text); output += "\""
        case .int(let number): output += String(number)
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.write(into: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { output += "," }
                output += "\""; output += JSONString.escapeForScript(key); output += "\":"
                members[key]!.write(into: &output)
            }
            output += "}"
        }
    }
}

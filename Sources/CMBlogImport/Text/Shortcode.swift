import Foundation

/// One WordPress shortcode in a body: `[name attributes]`, followed by `inner[/name]` when it
/// is closed before the next shortcode of the same name opens.
struct Shortcode {
    var name: String
    /// Attribute values by name (`ids="1,2"`, `src='…'`, `width=640`), as written.
    var attributes: [String: String]
    /// What stands between the opening and the closing tag; nil when it is not closed.
    var inner: String?

    /// `text` with each shortcode named in `names` replaced by what `replacement` gives;
    /// those it gives nil for are left as written.
    static func replacing(_ names: Set<String>, in text: String, with replacement: (Shortcode) -> String?) -> String {
        var output = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "[") {
            let afterBracket = rest[rest.index(after: open)...]
            let name = String(afterBracket.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" })
            let tagRest = afterBracket.dropFirst(name.count)
            guard names.contains(name), let next = tagRest.first, next == "]" || next.isWhitespace,
                  let tagEnd = tagRest.firstIndex(of: "]") else {
                output += rest[...open]
                rest = afterBracket
                continue
            }
            var shortcode = Shortcode(name: name, attributes: attributes(tagRest[..<tagEnd]), inner: nil)
            var end = tagRest.index(after: tagEnd)
            let following = rest[end...]
            if let close = following.range(of: "[/\(name)]"),
               following.range(of: "[\(name)")?.lowerBound ?? close.upperBound >= close.upperBound {
                shortcode.inner = String(following[..<close.lowerBound])
                end = close.upperBound
            }
            if let replaced = replacement(shortcode) {
                output += rest[..<open] + replaced
            } else {
                output += rest[..<end]
            }
            rest = rest[end...]
        }
        return output + rest
    }

    /// The `name="value"`, `name='value'` and `name=value` pairs of a tag, names lowercased.
    static func attributes(_ text: Substring) -> [String: String] {
        var found: [String: String] = [:]
        var rest = text
        while let equals = rest.firstIndex(of: "=") {
            let name = rest[..<equals].reversed().drop { $0.isWhitespace }.prefix { !$0.isWhitespace }
            var value = rest[rest.index(after: equals)...].drop { $0.isWhitespace }
            let quote = value.first
            if quote == "\"" || quote == "'" {
                value = value.dropFirst()
                let end = value.firstIndex(of: quote!) ?? value.endIndex
                found[String(name.reversed()).lowercased()] = String(value[..<end])
                rest = end < value.endIndex ? value[value.index(after: end)...] : value[end...]
            } else {
                let end = value.firstIndex { $0.isWhitespace } ?? value.endIndex
                found[String(name.reversed()).lowercased()] = String(value[..<end])
                rest = value[end...]
            }
        }
        return found
    }
}

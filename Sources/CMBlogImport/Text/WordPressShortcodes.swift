import Foundation

/// WordPress shortcodes in post bodies: `[caption]` becomes a figure, the others are left as
/// written and counted, so the import report can list what needs a hand.
enum WordPressShortcodes {
    /// `body` with every `[caption …]…[/caption]` made a `<figure>`, and the names of the
    /// other shortcodes found, with their counts.
    static func convert(_ body: String) -> (body: String, others: [String: Int]) {
        var output = ""
        var rest = body[...]
        while let open = rest.range(of: "[caption") {
            guard let close = rest[open.upperBound...].range(of: "[/caption]"),
                  let tagEnd = rest[open.upperBound..<close.lowerBound].firstIndex(of: "]")
            else { break }
            output += rest[..<open.lowerBound]
            let attributes = String(rest[open.upperBound..<tagEnd])
            output += figure(attributes: attributes, inner: String(rest[rest.index(after: tagEnd)..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        output += rest
        return (output, otherShortcodes(in: output))
    }

    /// `<figure>` with the media and its caption (the caption is the text after the media,
    /// or the `caption="…"` attribute of older exports).
    private static func figure(attributes: String, inner: String) -> String {
        let align = attribute("align", in: attributes).map { " class=\"wp-caption \($0)\"" } ?? " class=\"wp-caption\""
        var media = inner
        var caption = ""
        if let lastTagEnd = inner.range(of: ">", options: .backwards) {
            media = String(inner[..<lastTagEnd.upperBound])
            caption = inner[lastTagEnd.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if caption.isEmpty { caption = attribute("caption", in: attributes) ?? "" }
        let captionHTML = caption.isEmpty ? "" : "<figcaption>\(caption)</figcaption>"
        return "<figure\(align)>\(media.trimmingCharacters(in: .whitespacesAndNewlines))\(captionHTML)</figure>"
    }

    private static func attribute(_ name: String, in text: String) -> String? {
        guard let start = text.range(of: "\(name)=\"") else { return nil }
        guard let end = text[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(text[start.upperBound..<end])
    }

    /// Names of `[name …]` or `[name]` shortcodes (lowercase letters, digits, `_` and `-`,
    /// starting with a letter), closing tags not counted.
    private static func otherShortcodes(in text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        var rest = text[...]
        while let open = rest.firstIndex(of: "[") {
            rest = rest[rest.index(after: open)...]
            let name = rest.prefix { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_" || $0 == "-") }
            guard let first = name.first, first.isLetter else { continue }
            let after = rest.dropFirst(name.count).first
            if after == "]" || after == " " { counts[String(name), default: 0] += 1 }
        }
        return counts
    }
}

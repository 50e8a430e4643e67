import Foundation

/// WordPress shortcodes in post bodies: `[caption]` becomes a figure, the others are left as
/// written and counted, so the import report can list what needs a hand.
enum WordPressShortcodes {
    /// `body` with every `[caption …]…[/caption]` made a `<figure>`, and the names of the
    /// other shortcodes found, with their counts.
    static func convert(_ body: String) -> (body: String, others: [String: Int]) {
        let output = Shortcode.replacing(["caption"], in: body) { shortcode in
            shortcode.inner.map { figure(attributes: shortcode.attributes, inner: $0) }
        }
        return (output, otherShortcodes(in: output))
    }

    /// `<figure>` with the media and its caption (the caption is the text after the media,
    /// or the `caption="…"` attribute of older exports).
    private static func figure(attributes: [String: String], inner: String) -> String {
        let align = attributes["align"].map { " class=\"wp-caption \($0)\"" } ?? " class=\"wp-caption\""
        var media = inner
        var caption = ""
        if let lastTagEnd = inner.range(of: ">", options: .backwards) {
            media = String(inner[..<lastTagEnd.upperBound])
            caption = inner[lastTagEnd.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if caption.isEmpty { caption = attributes["caption"] ?? "" }
        let captionHTML = caption.isEmpty ? "" : "<figcaption>\(caption)</figcaption>"
        return "<figure\(align)>\(media.trimmingCharacters(in: .whitespacesAndNewlines))\(captionHTML)</figure>"
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

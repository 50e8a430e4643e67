// Reference implementation: the same rule written over `Character`s, kept only so the
// property tests can require the byte-level code to give the same output for any input.

import Foundation

/// Takes footnote references out of an excerpt.
enum ReferenceFootnoteReferences {
    /// `html` without each `<sup …>…</sup>` whose text, up to its first `</sup>`, holds `href="#`.
    static func removed(from html: String) -> String {
        var result = ""
        var rest = html[...]
        while let start = rest.firstRange(of: "<sup") {
            let after = rest[start.upperBound...]
            guard after.first == ">" || after.first == " ",
                  let close = after.firstRange(of: "</sup>"),
                  let link = after.firstRange(of: "href=\"#"), link.lowerBound < close.lowerBound
            else {
                result += rest[..<start.upperBound]
                rest = after
                continue
            }
            result += rest[..<start.lowerBound]
            rest = after[close.upperBound...]
        }
        return result + rest
    }
}

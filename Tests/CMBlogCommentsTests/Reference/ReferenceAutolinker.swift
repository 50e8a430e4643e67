// Reference implementation: the code as it was before it worked on UTF-8 bytes, kept only so
// the property tests can require the new code to give the same output for any input.

import CMBlogMarkdown
@testable import CMBlogComments

/// Turns the bare web addresses of plain comment text into links.
enum ReferenceAutolinker {
    /// `text` escaped for HTML, with each `http://`, `https://` or `www.` address made a link.
    /// Punctuation that ends a sentence is left out of the link, and a closing parenthesis is
    /// kept only when the address opened one.
    static func html(for text: String) -> String {
        var output = ""
        var rest = text[...]
        while let start = nextAddress(in: rest) {
            output += HTMLText.escape(String(rest[..<start]))
            let candidate = rest[start...].prefix { !$0.isWhitespace && !"<>\"'".contains($0) }
            let address = trimmed(candidate)
            let href = address.lowercased().hasPrefix("www.") ? "http://" + address : String(address)
            if let url = LinkPolicy.allowedURL(href), address.count > 4 {
                output += "<a href=\"\(HTMLText.escape(url))\" rel=\"nofollow ugc\">\(HTMLText.escape(String(address)))</a>"
            } else {
                output += HTMLText.escape(String(address))
            }
            rest = rest[address.endIndex...]
        }
        return output + HTMLText.escape(String(rest))
    }

    /// Where the next address starts, at a word start.
    private static func nextAddress(in text: Substring) -> Substring.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            let atWordStart = index == text.startIndex || !(text[text.index(before: index)].isLetter || text[text.index(before: index)].isNumber)
            if atWordStart {
                let tail = text[index...].prefix(8).lowercased()
                if tail.hasPrefix("http://") || tail.hasPrefix("https://") || tail.hasPrefix("www.") { return index }
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// `candidate` without trailing sentence punctuation or an unmatched `)`.
    private static func trimmed(_ candidate: Substring) -> Substring {
        var address = candidate
        while let last = address.last {
            if ".,;:!?»”’".contains(last) {
                address = address.dropLast()
            } else if last == ")", address.filter({ $0 == "(" }).count < address.filter({ $0 == ")" }).count {
                address = address.dropLast()
            } else {
                break
            }
        }
        return address
    }
}

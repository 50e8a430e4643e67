// Reference implementation: the code as it was before it worked on UTF-8 bytes, kept only so
// the property tests can require the new code to give the same output for any input.

@testable import CMBlogComments
/// One piece of an HTML text, as the sanitizer sees it.
enum ReferenceHTMLToken {
    case text(String)
    /// A start tag; the name is lowercased, attribute names too, values are as written.
    case startTag(name: String, attributes: [(name: String, value: String)], selfClosing: Bool)
    case endTag(name: String)
}

/// Splits HTML into text and tags the way the HTML tokenizer of a browser does, closely enough
/// that nothing a browser would read as markup is read here as text: comments, CDATA sections,
/// doctypes and processing instructions are dropped whole, the contents of raw-text elements
/// (`script`, `style`, …) are returned as one text token for the caller to drop.
///
/// Safety does not rest on matching a browser exactly: the sanitizer writes its own markup
/// from these tokens, escaping every text and attribute value.
struct ReferenceHTMLTokenizer {
    /// Elements whose content is not markup: everything up to their end tag is one text token.
    static let rawTextElements: Set<String> = [
        "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title",
    ]

    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ html: String) {
        scalars = Array(html.unicodeScalars)
    }

    /// Every token of the text, in order.
    mutating func tokens() -> [ReferenceHTMLToken] {
        var tokens: [ReferenceHTMLToken] = []
        var text = String.UnicodeScalarView()
        func flush() {
            if !text.isEmpty { tokens.append(.text(String(text))) }
            text = String.UnicodeScalarView()
        }
        while position < scalars.count {
            let scalar = scalars[position]
            guard scalar == "<" else {
                text.append(scalar)
                position += 1
                continue
            }
            let next = peek(1)
            if let next, isASCIILetter(next) {
                flush()
                guard let tag = startTag() else { break }
                tokens.append(tag)
                if case .startTag(let name, _, _) = tag {
                    if name == "plaintext" {
                        position = scalars.count
                    } else if Self.rawTextElements.contains(name) {
                        tokens.append(.text(rawText(until: name)))
                    }
                }
            } else if next == "/" {
                flush()
                if let after = peek(2), isASCIILetter(after) {
                    position += 2
                    let name = tagName()
                    _ = attributes()
                    tokens.append(.endTag(name: name))
                } else {
                    skipBogusComment()
                }
            } else if next == "!" {
                flush()
                if starts(with: "<!--") { skipComment() } else { skipBogusComment() }
            } else if next == "?" {
                flush()
                skipBogusComment()
            } else {
                text.append(scalar)
                position += 1
            }
        }
        flush()
        return tokens
    }

    // MARK: - Tags

    /// Reads `<name attr=value …>` from `<`; nil when the text ends inside the tag (a browser
    /// drops such a tag, and so does the sanitizer).
    private mutating func startTag() -> ReferenceHTMLToken? {
        position += 1
        let name = tagName()
        guard let (attributes, selfClosing) = attributes() else { return nil }
        return .startTag(name: name, attributes: attributes, selfClosing: selfClosing)
    }

    private mutating func tagName() -> String {
        var name = String.UnicodeScalarView()
        while let scalar = peek(0), !isTagSpace(scalar), scalar != "/", scalar != ">" {
            name.append(lowercased(scalar))
            position += 1
        }
        return String(name)
    }

    /// Reads attributes up to and including `>`; nil when there is no `>`.
    private mutating func attributes() -> ([(name: String, value: String)], Bool)? {
        var attributes: [(name: String, value: String)] = []
        var selfClosing = false
        while true {
            while let scalar = peek(0), isTagSpace(scalar) || scalar == "/" {
                selfClosing = scalar == "/"
                position += 1
            }
            guard let scalar = peek(0) else { return nil }
            if scalar == ">" {
                position += 1
                return (attributes, selfClosing)
            }
            selfClosing = false
            var name = String.UnicodeScalarView([lowercased(scalar)])
            position += 1
            while let scalar = peek(0), !isTagSpace(scalar), scalar != "/", scalar != ">", scalar != "=" {
                name.append(lowercased(scalar))
                position += 1
            }
            skipTagSpace()
            var value = ""
            if peek(0) == "=" {
                position += 1
                skipTagSpace()
                guard let written = attributeValue() else { return nil }
                value = written
            }
            if !attributes.contains(where: { $0.name == String(name) }) {
                attributes.append((String(name), value))
            }
        }
    }

    private mutating func attributeValue() -> String? {
        var value = String.UnicodeScalarView()
        guard let first = peek(0) else { return nil }
        if first == "\"" || first == "'" {
            position += 1
            while let scalar = peek(0), scalar != first {
                value.append(scalar)
                position += 1
            }
            guard peek(0) != nil else { return nil }
            position += 1
        } else {
            while let scalar = peek(0), !isTagSpace(scalar), scalar != ">" {
                value.append(scalar)
                position += 1
            }
        }
        return String(value)
    }

    /// The text of a raw-text element up to `</name`, which is left for the next token.
    private mutating func rawText(until name: String) -> String {
        let start = position
        while position < scalars.count {
            if scalars[position] == "<", peek(1) == "/", matchesName(name, at: position + 2) {
                let after = position + 2 + name.unicodeScalars.count
                if after >= scalars.count || isTagSpace(scalars[after]) || scalars[after] == "/" || scalars[after] == ">" {
                    break
                }
            }
            position += 1
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<position])
        return String(text)
    }

    // MARK: - Comments

    /// Skips `<!-- … -->`, also the short forms `<!-->` and `<!--->` and the end `--!>`.
    private mutating func skipComment() {
        position += 4
        if peek(0) == ">" { position += 1; return }
        if peek(0) == "-", peek(1) == ">" { position += 2; return }
        while position < scalars.count {
            if starts(with: "-->") { position += 3; return }
            if starts(with: "--!>") { position += 4; return }
            position += 1
        }
    }

    /// Skips `<!…>`, `<?…>` or `</…>` up to the first `>`.
    private mutating func skipBogusComment() {
        while position < scalars.count, scalars[position] != ">" { position += 1 }
        position += 1
    }

    // MARK: - Scalars

    private func peek(_ offset: Int) -> Unicode.Scalar? {
        position + offset < scalars.count ? scalars[position + offset] : nil
    }

    private func starts(with prefix: String) -> Bool {
        var index = position
        for scalar in prefix.unicodeScalars {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
        }
        return true
    }

    private func matchesName(_ name: String, at start: Int) -> Bool {
        var index = start
        for scalar in name.unicodeScalars {
            guard index < scalars.count, lowercased(scalars[index]) == scalar else { return false }
            index += 1
        }
        return true
    }

    private mutating func skipTagSpace() {
        while let scalar = peek(0), isTagSpace(scalar) { position += 1 }
    }

    private func isTagSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
    }

    private func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }
}

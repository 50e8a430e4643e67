/// One piece of an HTML text, as the sanitizer sees it.
enum HTMLToken {
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
struct HTMLTokenizer {
    /// Elements whose content is not markup: everything up to their end tag is one text token.
    static let rawTextElements: Set<String> = [
        "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title",
    ]

    private let bytes: [UInt8]
    private var position = 0

    init(_ html: String) {
        bytes = Array(html.utf8)
    }

    /// Every token of the text, in order. Tokens are read on the UTF-8 bytes: every byte that
    /// matters is ASCII, so a token never splits a character's bytes.
    mutating func tokens() -> [HTMLToken] {
        var tokens: [HTMLToken] = []
        var textStart = 0
        func flush() {
            if position > textStart { tokens.append(.text(string(textStart..<min(position, bytes.count)))) }
        }
        while position < bytes.count {
            guard bytes[position] == UInt8(ascii: "<") else {
                position += 1
                continue
            }
            let next = peek(1)
            if let next, isASCIILetter(next) {
                flush()
                guard let tag = startTag() else { return tokens }
                tokens.append(tag)
                if case .startTag(let name, _, _) = tag {
                    if name == "plaintext" {
                        position = bytes.count
                    } else if Self.rawTextElements.contains(name) {
                        tokens.append(.text(rawText(until: name)))
                    }
                }
            } else if next == UInt8(ascii: "/") {
                flush()
                if let after = peek(2), isASCIILetter(after) {
                    position += 2
                    let name = tagName()
                    _ = attributes()
                    tokens.append(.endTag(name: name))
                } else {
                    skipBogusComment()
                }
            } else if next == UInt8(ascii: "!") {
                flush()
                if starts(with: "<!--") { skipComment() } else { skipBogusComment() }
            } else if next == UInt8(ascii: "?") {
                flush()
                skipBogusComment()
            } else {
                position += 1
                continue
            }
            textStart = position
        }
        flush()
        return tokens
    }

    // MARK: - Tags

    /// Reads `<name attr=value …>` from `<`; nil when the text ends inside the tag (a browser
    /// drops such a tag, and so does the sanitizer).
    private mutating func startTag() -> HTMLToken? {
        position += 1
        let name = tagName()
        guard let (attributes, selfClosing) = attributes() else { return nil }
        return .startTag(name: name, attributes: attributes, selfClosing: selfClosing)
    }

    private mutating func tagName() -> String {
        let start = position
        while let byte = peek(0), !isTagSpace(byte), byte != UInt8(ascii: "/"), byte != UInt8(ascii: ">") { position += 1 }
        return lowercasedString(start..<position)
    }

    /// Reads attributes up to and including `>`; nil when there is no `>`.
    private mutating func attributes() -> ([(name: String, value: String)], Bool)? {
        var attributes: [(name: String, value: String)] = []
        var selfClosing = false
        while true {
            while let byte = peek(0), isTagSpace(byte) || byte == UInt8(ascii: "/") {
                selfClosing = byte == UInt8(ascii: "/")
                position += 1
            }
            guard let byte = peek(0) else { return nil }
            if byte == UInt8(ascii: ">") {
                position += 1
                return (attributes, selfClosing)
            }
            selfClosing = false
            let nameStart = position
            position += 1
            while let byte = peek(0), !isTagSpace(byte), byte != UInt8(ascii: "/"), byte != UInt8(ascii: ">"), byte != UInt8(ascii: "=") {
                position += 1
            }
            let name = lowercasedString(nameStart..<position)
            skipTagSpace()
            var value = ""
            if peek(0) == UInt8(ascii: "=") {
                position += 1
                skipTagSpace()
                guard let written = attributeValue() else { return nil }
                value = written
            }
            if !attributes.contains(where: { $0.name == name }) {
                attributes.append((name, value))
            }
        }
    }

    private mutating func attributeValue() -> String? {
        guard let first = peek(0) else { return nil }
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            position += 1
            let start = position
            while let byte = peek(0), byte != first { position += 1 }
            guard peek(0) != nil else { return nil }
            position += 1
            return string(start..<(position - 1))
        }
        let start = position
        while let byte = peek(0), !isTagSpace(byte), byte != UInt8(ascii: ">") { position += 1 }
        return string(start..<position)
    }

    /// The text of a raw-text element up to `</name`, which is left for the next token.
    private mutating func rawText(until name: String) -> String {
        let start = position
        let nameLength = name.utf8.count
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "<"), peek(1) == UInt8(ascii: "/"), matchesName(name, at: position + 2) {
                let after = position + 2 + nameLength
                if after >= bytes.count || isTagSpace(bytes[after]) || bytes[after] == UInt8(ascii: "/") || bytes[after] == UInt8(ascii: ">") {
                    break
                }
            }
            position += 1
        }
        return string(start..<position)
    }

    // MARK: - Comments

    /// Skips `<!-- … -->`, also the short forms `<!-->` and `<!--->` and the end `--!>`.
    private mutating func skipComment() {
        position += 4
        if peek(0) == UInt8(ascii: ">") { position += 1; return }
        if peek(0) == UInt8(ascii: "-"), peek(1) == UInt8(ascii: ">") { position += 2; return }
        while position < bytes.count {
            if starts(with: "-->") { position += 3; return }
            if starts(with: "--!>") { position += 4; return }
            position += 1
        }
    }

    /// Skips `<!…>`, `<?…>` or `</…>` up to the first `>`.
    private mutating func skipBogusComment() {
        while position < bytes.count, bytes[position] != UInt8(ascii: ">") { position += 1 }
        position += 1
    }

    // MARK: - Bytes

    private func peek(_ offset: Int) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The bytes as a string, ASCII capitals made small.
    private func lowercasedString(_ range: Range<Int>) -> String {
        String(decoding: bytes[range].map(lowercased), as: UTF8.self)
    }

    private func starts(with prefix: StaticString) -> Bool {
        guard position + prefix.utf8CodeUnitCount <= bytes.count else { return false }
        for offset in 0..<prefix.utf8CodeUnitCount where bytes[position + offset] != prefix.utf8Start[offset] { return false }
        return true
    }

    private func matchesName(_ name: String, at start: Int) -> Bool {
        var index = start
        for byte in name.utf8 {
            guard index < bytes.count, lowercased(bytes[index]) == byte else { return false }
            index += 1
        }
        return true
    }

    private mutating func skipTagSpace() {
        while let byte = peek(0), isTagSpace(byte) { position += 1 }
    }

    private func isTagSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == 0x0C
    }

    private func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}

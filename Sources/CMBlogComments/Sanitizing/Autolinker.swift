import CMBlogCore

/// Turns the bare web addresses of plain comment text into links.
enum Autolinker {
    /// `text` escaped for HTML, with each `http://`, `https://` or `www.` address made a link.
    /// Punctuation that ends a sentence is left out of the link, and a closing parenthesis is
    /// kept only when the address opened one.
    static func html(for text: String) -> String {
        var output: [UInt8] = []
        append(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the UTF-8 of `html(for: text)` to `output`.
    ///
    /// Addresses are found on the bytes; only an address found is read as characters.
    static func append(_ text: String, to output: inout [UInt8]) {
        var copy = text
        copy.withUTF8 { bytes in
            var boundaries = CharacterBoundaries(bytes, text: text)
            var restStart = 0
            while let start = nextAddress(in: bytes, from: restStart, &boundaries) {
                ByteEscaper.html.append(bytes[restStart..<start], to: &output)
                let candidate = text[text.utf8.index(text.startIndex, offsetBy: start)...].prefix { !$0.isWhitespace && !"<>\"'".contains($0) }
                let address = trimmed(candidate)
                let href = address.lowercased().hasPrefix("www.") ? "http://" + address : String(address)
                if let url = LinkPolicy.allowedURL(href), address.count > 4 {
                    output.append(contentsOf: "<a href=\"".utf8)
                    ByteEscaper.html.append(url, to: &output)
                    output.append(contentsOf: "\" rel=\"nofollow ugc\">".utf8)
                    ByteEscaper.html.append(String(address), to: &output)
                    output.append(contentsOf: "</a>".utf8)
                } else {
                    ByteEscaper.html.append(String(address), to: &output)
                }
                restStart = text.utf8.distance(from: text.startIndex, to: address.endIndex)
            }
            ByteEscaper.html.append(bytes[restStart...], to: &output)
        }
    }

    /// Where the next address starts at or after `offset`: `http://`, `https://` or `www.` in
    /// any case, as whole characters, at the start of the text or after a character that is
    /// neither a letter nor a digit.
    private static func nextAddress(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int, _ boundaries: inout CharacterBoundaries) -> Int? {
        var index = offset
        while index < bytes.count {
            let byte = bytes[index] | 0x20
            if byte == UInt8(ascii: "h") || byte == UInt8(ascii: "w"),
               let length = ["https://", "http://", "www."].lazy.compactMap({ matchLength(of: $0, in: bytes, at: index) }).first,
               boundaries.isBoundary(at: index), boundaries.isBoundary(at: index + length),
               index == offset || !endsWord(before: index, in: bytes, &boundaries)
            {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The length of `scheme` (lowercase ASCII) when the bytes at `offset` spell it in any case.
    private static func matchLength(of scheme: String, in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        var index = offset
        for expected in scheme.utf8 {
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            guard byte == expected || (expected >= UInt8(ascii: "a") && byte | 0x20 == expected) else { return nil }
            index += 1
        }
        return index - offset
    }

    /// Whether the character before `offset` starts with a letter or a digit.
    private static func endsWord(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>, _ boundaries: inout CharacterBoundaries) -> Bool {
        let first = UTF8Scalar.decode(bytes, at: boundaries.characterStart(before: offset)).scalar
        return first.properties.isAlphabetic || first.properties.numericType != nil
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

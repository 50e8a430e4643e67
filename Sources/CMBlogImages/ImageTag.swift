/// The attributes of one `<img …>` start tag, as byte ranges of the page.
struct ImageTag {
    /// Where `<` is.
    let start: Int
    /// Where the attributes end: before `>`, or before `/>`.
    let attributesEnd: Int
    /// Just after `>`.
    let end: Int
    private let attributes: [(name: [UInt8], value: Range<Int>?, whole: Range<Int>)]

    /// Reads the tag opening at `start`; nil when the page ends before its `>`.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) {
        var index = start + 4
        var attributes: [(name: [UInt8], value: Range<Int>?, whole: Range<Int>)] = []
        while true {
            while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: ">") { break }
            if bytes[index] == UInt8(ascii: "/") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") { break }
                index += 1
                continue
            }
            let nameStart = index
            while index < bytes.count, !Self.endsName(bytes[index]), bytes[index] != UInt8(ascii: "=") { index += 1 }
            let name = bytes[nameStart..<index].map(ResponsiveMarkup.lowercased)
            while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
            var value: Range<Int>?
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
                guard index < bytes.count else { return nil }
                let quote = bytes[index]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    let valueStart = index + 1
                    index = valueStart
                    while index < bytes.count, bytes[index] != quote { index += 1 }
                    guard index < bytes.count else { return nil }
                    value = valueStart..<index
                    index += 1
                } else {
                    let valueStart = index
                    while index < bytes.count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                    value = valueStart..<index
                }
            }
            attributes.append((name, value, nameStart..<index))
        }
        self.start = start
        self.attributesEnd = index
        self.end = bytes[index] == UInt8(ascii: "/") ? index + 2 : index + 1
        self.attributes = attributes
    }

    func has(_ name: String) -> Bool {
        let name = Array(name.utf8)
        return attributes.contains { $0.name == name }
    }

    /// The raw (still escaped) value of an attribute.
    func value(of name: String, in bytes: UnsafeBufferPointer<UInt8>) -> ArraySlice<UInt8>? {
        let name = Array(name.utf8)
        guard let range = attributes.first(where: { $0.name == name })?.value else { return nil }
        return ArraySlice(bytes[range])
    }

    /// Where an attribute is written, from its name to the end of its value.
    func range(of name: String) -> Range<Int>? {
        let name = Array(name.utf8)
        return attributes.first { $0.name == name }?.whole
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C }

    /// Whether a byte ends a tag or attribute name.
    static func endsName(_ byte: UInt8) -> Bool { isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") }
}

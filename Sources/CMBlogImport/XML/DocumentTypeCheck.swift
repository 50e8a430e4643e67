import Foundation

/// Finds a document type declaration that declares entities or names an external DTD.
enum DocumentTypeCheck {
    /// The line of the `<!DOCTYPE` when it has an internal subset or an external identifier.
    static func forbiddenDeclarationLine(in data: Data) -> Int? {
        let bytes = [UInt8](data.prefix(1 << 20))
        // A document type comes before the first element: only the prolog is searched.
        let firstElement = bytes.indices.first { index in
            bytes[index] == UInt8(ascii: "<") && index + 1 < bytes.count && isNameStart(bytes[index + 1])
        } ?? bytes.count
        guard let start = firstRange(of: Array("<!DOCTYPE".utf8), in: bytes[..<firstElement]) else { return nil }
        let declaration = bytes[start..<firstElement]
        let text = String(decoding: declaration, as: UTF8.self)
        guard text.contains("[") || text.contains("SYSTEM") || text.contains("PUBLIC") || text.contains("<!ENTITY") else { return nil }
        return bytes[..<start].filter { $0 == UInt8(ascii: "\n") }.count + 1
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte == UInt8(ascii: "_")
    }

    private static func firstRange(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        return (haystack.startIndex...(haystack.endIndex - needle.count)).first { haystack[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}

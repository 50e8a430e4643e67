import CMBlogCore

/// Decodes `&amp;`, `&#233;`, `&#xE9;` and the named references of HTML 4 in UTF-8 text.
///
/// A reference counts when it is made of whole characters (`&amp;\u{301}` is left as it is),
/// its name is at most ten characters, and it names a character.
enum EntityDecoding {
    /// The decoded UTF-8 of `bytes`, nil when there is no `&` in them.
    /// - Parameter text: The string `bytes` are the UTF-8 of, when there is one.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, text: String?) -> [UInt8]? {
        guard var index = bytes.firstIndex(of: UInt8(ascii: "&")) else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var boundaries = CharacterBoundaries(bytes, text: text)
        var run = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "&") else {
                index += 1
                continue
            }
            if let semicolon = semicolon(after: index, in: bytes),
               let scalar = scalar(named: bytes[(index + 1)..<semicolon]),
               boundaries.isBoundary(at: index), boundaries.isBoundary(at: semicolon + 1)
            {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                UTF8Scalar.append(scalar, to: &output)
                index = semicolon + 1
                run = index
            } else {
                index += 1
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        return output
    }

    /// The `;` that ends a reference starting at `ampersand`: within ten ASCII bytes of it.
    private static func semicolon(after ampersand: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = ampersand + 1
        while index < bytes.count, index <= ampersand + 11 {
            let byte = bytes[index]
            if byte == UInt8(ascii: ";") { return index }
            if byte >= 0x80 { return nil }
            index += 1
        }
        return nil
    }

    /// The scalar of a reference name: `#233`, `#xE9` or `eacute`.
    private static func scalar(named name: Slice<UnsafeBufferPointer<UInt8>>) -> Unicode.Scalar? {
        guard name.first == UInt8(ascii: "#") else {
            return HTMLEntities.characters[String(decoding: name, as: UTF8.self)]?.unicodeScalars.first
        }
        var digits = name.dropFirst()
        var radix: UInt32 = 10
        if let first = digits.first, first | 0x20 == UInt8(ascii: "x") {
            radix = 16
            digits = digits.dropFirst()
        }
        return number(digits, radix: radix).flatMap(Unicode.Scalar.init)
    }

    /// `digits` read as `UInt32(_:radix:)` reads them: an optional sign, then digits.
    private static func number(_ digits: Slice<UnsafeBufferPointer<UInt8>>, radix: UInt32) -> UInt32? {
        var digits = digits
        var negative = false
        if let sign = digits.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            negative = sign == UInt8(ascii: "-")
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty else { return nil }
        var value: UInt32 = 0
        for byte in digits {
            guard let digit = digitValue(byte), digit < radix else { return nil }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: radix)
            let (sum, carry) = shifted.addingReportingOverflow(digit)
            guard !overflow, !carry else { return nil }
            value = sum
        }
        return negative && value != 0 ? nil : value
    }

    private static func digitValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}

/// Repairs text whose UTF-8 was once read as Windows-1252 or Latin-1 and saved again
/// ("Ã©" for "é", "â€™" for "’"), when the repair is unambiguous.
///
/// A run of characters is repaired only when the bytes those characters stand for in
/// Windows-1252 form a valid multi-byte UTF-8 sequence; text that was right (a lone "é")
/// never does, so it is left alone. Twice-damaged text is repaired in up to three passes.
/// Two damaged forms seen in real archives are also mended: "à" followed by a stray no-break
/// space before a space, and U+0E60 (unassigned) standing for "ù ".
public enum EncodingRepair {
    /// The repaired text and the number of repairs made.
    public static func repair(_ text: String) -> (text: String, repairs: Int) {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x80 }) else { return (text, 0) }
        var current = text
        var total = 0
        for _ in 0..<3 {
            let (next, count) = repairPass(current)
            total += count
            current = next
            if count == 0 { break }
        }
        let (mended, strays) = mendKnownDamage(current)
        return (mended, total + strays)
    }

    /// Whether `text` holds U+FFFD, the mark of bytes that were lost and cannot be recovered.
    public static func hasLostCharacters(_ text: String) -> Bool { text.unicodeScalars.contains("\u{FFFD}") }

    private static func repairPass(_ text: String) -> (String, Int) {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var repairs = 0
        var index = 0
        while index < scalars.count {
            if let lead = byte(for: scalars[index]), let length = sequenceLength(lead), index + length <= scalars.count {
                var bytes = [lead]
                for offset in 1..<length {
                    guard let next = byte(for: scalars[index + offset]), (0x80...0xBF).contains(next) else { break }
                    bytes.append(next)
                }
                if bytes.count == length, let decoded = String(validating: bytes, as: UTF8.self), decoded.unicodeScalars.count == 1 {
                    output.append(contentsOf: decoded.unicodeScalars)
                    repairs += 1
                    index += length
                    continue
                }
            }
            output.append(scalars[index])
            index += 1
        }
        return (String(output), repairs)
    }

    /// The number of bytes of a UTF-8 sequence starting with `lead`, for multi-byte leads.
    private static func sequenceLength(_ lead: UInt8) -> Int? {
        switch lead {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: nil
        }
    }

    /// The Windows-1252 (or, for its five holes, Latin-1) byte a character stands for, when
    /// it is 0x80 or above.
    private static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x80...0xFF: UInt8(scalar.value)
        default: windows1252High[scalar.value]
        }
    }

    private static let windows1252High: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]

    /// Mends "à" + U+00A0 + " " into "à " and U+0E60 into "ù ".
    private static func mendKnownDamage(_ text: String) -> (String, Int) {
        var repairs = 0
        var output = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "à", index + 2 < scalars.count, scalars[index + 1] == "\u{A0}", scalars[index + 2] == " " {
                output.append(contentsOf: "à ".unicodeScalars)
                repairs += 1
                index += 3
            } else if scalar == "\u{0E60}" {
                output.append(contentsOf: "ù".unicodeScalars)
                if index + 1 < scalars.count, scalars[index + 1] != " " { output.append(" ") }
                repairs += 1
                index += 1
            } else {
                output.append(scalar)
                index += 1
            }
        }
        return (String(output), repairs)
    }
}

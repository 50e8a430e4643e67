import Foundation

/// schema.org data as the text of a `<script type="application/ld+json">` element.
enum JSONLD {
    /// Compact JSON with sorted keys (so output is stable), `<`, `>` and `&` escaped so the
    /// text can never close its script element.
    static func text(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "" }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(data.count + 32)
        for byte in data {
            switch byte {
            case UInt8(ascii: "<"): escaped += Array("\\u003c".utf8)
            case UInt8(ascii: ">"): escaped += Array("\\u003e".utf8)
            case UInt8(ascii: "&"): escaped += Array("\\u0026".utf8)
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }
}

import Foundation

/// schema.org data as the text of a `<script type="application/ld+json">` element.
enum JSONLD {
    /// Compact JSON with sorted keys (so output is stable), `<` escaped so the text can never
    /// close its script element.
    static func text(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "" }
        return String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }
}

import Foundation

/// URL slugs made from titles and names: lowercase ASCII letters, digits and single hyphens.
///
/// Accents are folded ("Réseaux sociaux" gives `reseaux-sociaux`), ligatures spelled out
/// ("Œuvre" gives `oeuvre`), and everything else becomes a separator.
public enum Slug {
    /// The slug of `text`; empty when `text` has no letter or digit.
    public static func make(from text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            // ASCII, most of any name, is handled without allocating a string per character.
            if scalar.isASCII {
                let lowered = ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
                if ("a"..."z").contains(lowered) || ("0"..."9").contains(lowered) {
                    if pendingHyphen && !slug.isEmpty { slug.append("-") }
                    pendingHyphen = false
                    slug.unicodeScalars.append(lowered)
                } else {
                    pendingHyphen = true
                }
                continue
            }
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let spelled = spelledOut[scalar] ?? String(scalar).lowercased()
            for character in spelled.unicodeScalars {
                if character.isASCII && (character.properties.isAlphabetic || ("0"..."9").contains(character)) {
                    if pendingHyphen && !slug.isEmpty { slug.append("-") }
                    pendingHyphen = false
                    slug.unicodeScalars.append(character)
                } else {
                    pendingHyphen = true
                }
            }
        }
        return slug
    }

    private static let spelledOut: [Unicode.Scalar: String] = [
        "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ø": "o", "Ø": "o",
        "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "þ": "th", "Þ": "th", "&": "-",
    ]
}

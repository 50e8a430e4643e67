/// The login in an item's `dc:creator`. Exports carry damaged ones (`>themereviewteam`, a login
/// with stray spaces or punctuation around it): what WordPress never puts at either end of a
/// login is trimmed, so the item finds its author instead of making a second one.
enum CreatorLogin {
    /// `creator` without the characters a login cannot start or end with; nil when nothing is left.
    static func clean(_ creator: String) -> String? {
        let cleaned = creator.unicodeScalars.drop { !isLoginEnd($0) }.reversed().drop { !isLoginEnd($0) }.reversed()
        let text = String(String.UnicodeScalarView(cleaned))
        return text.isEmpty ? nil : text
    }

    /// Letters, digits, and `_` which WordPress allows at a login's ends.
    private static func isLoginEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_"
    }
}

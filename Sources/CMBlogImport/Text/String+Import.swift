import Foundation

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
    var nonEmpty: String? { isEmpty ? nil : self }
    /// nil for WordPress's "no value" ids: empty or `0`.
    var nonZero: String? { isEmpty || self == "0" ? nil : self }
    /// nil for WordPress's "no date": empty or `0000-00-00 00:00:00`.
    var nonZeroDate: String? { isEmpty || hasPrefix("0000-00-00") ? nil : self }
    /// A WordPress slug as it reads, and as old paths hold it: exports write some percent-encoded.
    var decodedSlug: String { removingPercentEncoding ?? self }
}

import Foundation

extension Dictionary where Key == String, Value == Any? {
    /// The entries whose value is not nil. Templates must never see an `Optional`: a missing
    /// key is what makes `{{#key}}` false and `{{key}}` empty.
    var compacted: [String: Any] { compactMapValues { $0 } }
}

import Foundation

extension String {
    /// The text as a URL query or form value: everything but RFC 3986's unreserved characters
    /// (`A–Z a–z 0–9 - . _ ~`) percent-encoded, so `&`, `=`, `+`, `/` and `:` cannot break it.
    public var queryValueEncoded: String {
        addingPercentEncoding(withAllowedCharacters: Self.unreserved) ?? ""
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}

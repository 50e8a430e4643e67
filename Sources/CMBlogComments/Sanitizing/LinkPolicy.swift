/// Which addresses a comment may link to: `http`, `https` and `mailto` only.
public enum LinkPolicy {
    private static let allowedPrefixes = ["http://", "https://", "mailto:"]

    /// The address as a browser would read it, when it is allowed; nil otherwise.
    ///
    /// `value` is the attribute value with its character references already decoded. Browsers
    /// drop tabs and line breaks anywhere in a URL and control characters and spaces at its
    /// ends (`jav&#x09;ascript:` is `javascript:`), so those are removed before the scheme is
    /// read, and the cleaned address is the one written back.
    public static func allowedURL(_ value: String) -> String? {
        var scalars = value.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }[...]
        while let first = scalars.first, first.value <= 0x20 { scalars.removeFirst() }
        while let last = scalars.last, last.value <= 0x20 { scalars.removeLast() }
        let url = String(String.UnicodeScalarView(scalars))
        let lowercased = url.lowercased()
        guard allowedPrefixes.contains(where: { lowercased.hasPrefix($0) }),
              url.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }),
              url.count > (lowercased.hasPrefix("mailto:") ? 7 : 8)
        else { return nil }
        return url
    }
}

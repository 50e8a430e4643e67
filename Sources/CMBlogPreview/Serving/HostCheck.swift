#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which `Host:` headers the preview answers.
///
/// A page on another site can point a domain name of its own at 127.0.0.1 (DNS rebinding) and
/// then read the preview, drafts included, as if it were that domain. Its requests still name
/// that domain in `Host:`, so the preview answers only the names it is reached by: `localhost`,
/// `127.0.0.1`, `[::1]` and the `--bind` address, with or without a port. Bound to every
/// address (`0.0.0.0`, `::`), it answers any IP address too, as other computers of the network
/// reach it by one; an address, unlike a name, cannot be pointed elsewhere by a page.
struct HostCheck: Sendable {
    private let names: Set<String>
    private let anyAddress: Bool

    /// - Parameter bind: The address the preview listens on (`--bind`).
    init(bind: String) {
        let bound = Self.hostname(bind.hasPrefix("[") ? bind : bind.contains(":") ? "[\(bind)]" : bind) ?? bind.lowercased()
        names = ["localhost", "127.0.0.1", "::1", bound]
        anyAddress = bound == "0.0.0.0" || bound == "::"
    }

    /// Whether to answer a request with this `Host:` header (a request without one comes from
    /// no browser and is answered).
    func allows(_ header: String?) -> Bool {
        guard let header else { return true }
        guard let name = Self.hostname(header) else { return false }
        return names.contains(name) || anyAddress && Self.isAddress(name)
    }

    /// The host of a `Host:` value, lowercased, without its port or IPv6 brackets; nil when
    /// the value is malformed.
    static func hostname(_ header: String) -> String? {
        let value = header.lowercased()
        let host: Substring, rest: Substring
        if value.hasPrefix("[") {
            guard let close = value.firstIndex(of: "]") else { return nil }
            host = value[value.index(after: value.startIndex)..<close]
            rest = value[value.index(after: close)...]
        } else {
            host = value.prefix { $0 != ":" }
            rest = value.dropFirst(host.count)
        }
        if !rest.isEmpty {
            let port = rest.dropFirst()
            guard rest.first == ":", !port.isEmpty, port.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        }
        return host.isEmpty ? nil : String(host)
    }

    /// Whether `name` is an IPv4 or IPv6 address rather than a name.
    private static func isAddress(_ name: String) -> Bool {
        var address = in6_addr()
        return inet_pton(AF_INET, name, &address) == 1 || inet_pton(AF_INET6, name, &address) == 1
    }
}

import Foundation
import Glibc

/// Finds a port the preview can listen on.
enum PortFinder {
    /// `preferred` if it is free on `host`, else the next free one (up to 100 further).
    static func firstFree(from preferred: Int, host: String) -> Int? {
        (preferred..<min(65_536, preferred + 100)).first { isFree($0, host: host) }
    }

    /// Whether a listening socket can be bound to `port` on `host` (an IPv4 address).
    static func isFree(_ port: Int, host: String) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        // As the server does: connections of a previous run waiting out TIME_WAIT do not hold the port.
        var on: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        guard inet_pton(AF_INET, host == "localhost" ? "127.0.0.1" : host, &address.sin_addr) == 1 else { return true }
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}

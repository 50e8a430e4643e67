import Crypto
import Foundation

/// SHA-256 of bytes, written as lowercase hex: how the build cache tells file contents apart.
public struct ContentHash: Sendable {
    private var hash = SHA256()

    public init() {}

    /// Adds bytes.
    public mutating func add(_ data: Data) {
        hash.update(data: data)
    }

    /// Adds a text and a NUL after it, so that consecutive texts cannot run into each other.
    public mutating func add(_ text: String) {
        hash.update(data: Data(text.utf8))
        hash.update(data: Data([0]))
    }

    /// The hash of everything added, in hex.
    public func finalize() -> String {
        // A table rather than `String(format:)`: a build hashes every file it writes.
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in hash.finalize() {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// The hash of `data`, in hex.
    public static func of(_ data: Data) -> String {
        var hash = ContentHash()
        hash.add(data)
        return hash.finalize()
    }
}

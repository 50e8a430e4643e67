import CMBlogCore
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
        var text = text
        text.withUTF8 { hash.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        withUnsafeBytes(of: UInt8(0)) { hash.update(bufferPointer: $0) }
    }

    /// The hash of everything added, in hex.
    public func finalize() -> String {
        HexText.lowercase(hash.finalize())
    }

    /// The hash of `data`, in hex.
    public static func of(_ data: Data) -> String {
        var hash = ContentHash()
        hash.add(data)
        return hash.finalize()
    }
}

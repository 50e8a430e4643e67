import Foundation

/// A short, stable digest of some bytes (64-bit FNV-1a, in hex): enough to tell whether a
/// file changed, or to name a thing that came without an id the same way on every run. Not
/// for security.
public enum Fingerprint {
    public static func of(_ data: Data) -> String {
        let hash = data.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }
}

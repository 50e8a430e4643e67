import CVips
import Foundation

/// The SHA-256 of some bytes, in hex: what the image cache files things under.
public enum ContentDigest {
    public static func sha256(_ data: Data) -> String {
        data.withUnsafeBytes { buffer in
            let hex = g_compute_checksum_for_data(G_CHECKSUM_SHA256, buffer.bindMemory(to: guchar.self).baseAddress, gsize(buffer.count))!
            defer { g_free(hex) }
            return String(cString: hex)
        }
    }

    /// The SHA-256 of texts, each ended by a NUL so no two lists of parts give the same bytes.
    public static func sha256(of parts: [String]) -> String {
        sha256(Data(parts.map { $0 + "\u{0}" }.joined().utf8))
    }
}

/// The BLAKE2b hash function (RFC 7693), which minisign uses to prehash files (`ED`
/// signatures, 64-byte digests) and to checksum secret keys (32-byte digests).
public struct BLAKE2b: Sendable {
    private static let iv: [UInt64] = [
        0x6a09_e667_f3bc_c908, 0xbb67_ae85_84ca_a73b, 0x3c6e_f372_fe94_f82b, 0xa54f_f53a_5f1d_36f1,
        0x510e_527f_ade6_82d1, 0x9b05_688c_2b3e_6c1f, 0x1f83_d9ab_fb41_bd6b, 0x5be0_cd19_137e_2179,
    ]
    private static let sigma: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
        [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
        [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
        [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
        [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
        [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
        [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
        [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
        [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
    ]
    private static let blockSize = 128

    private var state: [UInt64]
    private var buffer: [UInt8] = []
    /// Bytes compressed so far (the RFC's counter `t`, 128 bits wide).
    private var countLow: UInt64 = 0
    private var countHigh: UInt64 = 0
    private let outputByteCount: Int

    /// - Parameters:
    ///   - outputByteCount: The digest length, 1 to 64 bytes.
    ///   - key: An optional key of up to 64 bytes (keyed hashing, a MAC).
    public init(outputByteCount: Int = 64, key: [UInt8] = []) {
        precondition((1...64).contains(outputByteCount), "BLAKE2b digests are 1 to 64 bytes")
        precondition(key.count <= 64, "BLAKE2b keys are at most 64 bytes")
        self.outputByteCount = outputByteCount
        state = Self.iv
        state[0] ^= 0x0101_0000 ^ (UInt64(key.count) << 8) ^ UInt64(outputByteCount)
        if !key.isEmpty {
            buffer = key + [UInt8](repeating: 0, count: Self.blockSize - key.count)
        }
    }

    /// The digest of `bytes` in one call.
    public static func hash<Bytes: Sequence>(_ bytes: Bytes, outputByteCount: Int = 64, key: [UInt8] = []) -> [UInt8]
    where Bytes.Element == UInt8 {
        var hasher = BLAKE2b(outputByteCount: outputByteCount, key: key)
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Adds bytes to the message.
    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        let input = Array(bytes)
        var start = 0
        while start < input.count {
            // The last block must be compressed with the final flag, so a full buffer waits
            // until more input shows it was not the last.
            if buffer.count == Self.blockSize {
                count(Self.blockSize)
                buffer.withUnsafeBytes { compress($0, isLast: false) }
                buffer.removeAll(keepingCapacity: true)
            }
            let end = min(input.count, start + Self.blockSize - buffer.count)
            buffer.append(contentsOf: input[start..<end])
            start = end
        }
    }

    /// The digest of everything added.
    public consuming func finalize() -> [UInt8] {
        count(buffer.count)
        let block = buffer + [UInt8](repeating: 0, count: Self.blockSize - buffer.count)
        block.withUnsafeBytes { compress($0, isLast: true) }
        var digest: [UInt8] = []
        digest.reserveCapacity(64)
        for word in state {
            for shift in stride(from: 0, to: 64, by: 8) { digest.append(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
        }
        return Array(digest.prefix(outputByteCount))
    }

    private mutating func count(_ bytes: Int) {
        let (sum, overflow) = countLow.addingReportingOverflow(UInt64(bytes))
        countLow = sum
        if overflow { countHigh &+= 1 }
    }

    /// The compression function F of RFC 7693 over one 128-byte block.
    private mutating func compress(_ block: UnsafeRawBufferPointer, isLast: Bool) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 32) { words in
            let m = UnsafeMutableBufferPointer(rebasing: words[0..<16])
            var v = UnsafeMutableBufferPointer(rebasing: words[16..<32])
            for i in 0..<16 { m[i] = UInt64(littleEndian: block.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) }
            for i in 0..<8 {
                v[i] = state[i]
                v[i + 8] = Self.iv[i]
            }
            v[12] ^= countLow
            v[13] ^= countHigh
            if isLast { v[14] = ~v[14] }
            for round in 0..<12 {
                let s = Self.sigma[round % 10]
                Self.mix(&v, 0, 4, 8, 12, m[s[0]], m[s[1]])
                Self.mix(&v, 1, 5, 9, 13, m[s[2]], m[s[3]])
                Self.mix(&v, 2, 6, 10, 14, m[s[4]], m[s[5]])
                Self.mix(&v, 3, 7, 11, 15, m[s[6]], m[s[7]])
                Self.mix(&v, 0, 5, 10, 15, m[s[8]], m[s[9]])
                Self.mix(&v, 1, 6, 11, 12, m[s[10]], m[s[11]])
                Self.mix(&v, 2, 7, 8, 13, m[s[12]], m[s[13]])
                Self.mix(&v, 3, 4, 9, 14, m[s[14]], m[s[15]])
            }
            for i in 0..<8 { state[i] ^= v[i] ^ v[i + 8] }
        }
    }

    /// The mixing function G.
    @inline(__always)
    private static func mix(_ v: inout UnsafeMutableBufferPointer<UInt64>, _ a: Int, _ b: Int, _ c: Int, _ d: Int, _ x: UInt64, _ y: UInt64) {
        v[a] = v[a] &+ v[b] &+ x
        v[d] = (v[d] ^ v[a]).rotatedRight(by: 32)
        v[c] = v[c] &+ v[d]
        v[b] = (v[b] ^ v[c]).rotatedRight(by: 24)
        v[a] = v[a] &+ v[b] &+ y
        v[d] = (v[d] ^ v[a]).rotatedRight(by: 16)
        v[c] = v[c] &+ v[d]
        v[b] = (v[b] ^ v[c]).rotatedRight(by: 63)
    }
}

extension UInt64 {
    fileprivate func rotatedRight(by count: UInt64) -> UInt64 {
        (self >> count) | (self << (64 - count))
    }
}

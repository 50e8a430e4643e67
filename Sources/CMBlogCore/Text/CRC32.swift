/// The CRC-32 of ISO 3309 (the polynomial of zlib and PNG chunks).
public enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var crc = UInt32(index)
        for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        return crc
    }

    public static func of(_ bytes: some Sequence<UInt8>) -> UInt32 {
        // Contiguous bytes (Data, arrays) are read through a pointer: a cached share card is
        // checked on every build, and iterating `Data` byte by byte costs ten times more.
        let crc = bytes.withContiguousStorageIfAvailable(update) ?? Array(bytes).withUnsafeBufferPointer(update)
        return ~crc
    }

    private static func update(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        table.withUnsafeBufferPointer { table in
            var crc = UInt32(0xFFFF_FFFF)
            for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
            return crc
        }
    }
}

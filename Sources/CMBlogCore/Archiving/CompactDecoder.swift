import Foundation

/// Decodes what `CompactEncoder` wrote. Bytes that do not hold a value of the type asked for
/// (cut short, damaged, or of a type since changed) give an error, never a crash.
public struct CompactDecoder {
    /// The bytes do not hold a value of the type asked for.
    public struct Mismatch: Error {}

    public init() {}

    /// The value of type `type` in `data`, which must hold nothing else.
    public func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        try data.withUnsafeBytes { buffer in
            let reader = CompactReader(buffer)
            let value = try reader.readSingle(Value.self)
            guard reader.offset == buffer.count else { throw Mismatch() }
            return value
        }
    }
}

/// The reading position in an encoding, shared by the containers of one decoding.
final class CompactReader: Decoder {
    let bytes: UnsafeRawBufferPointer
    var offset = 0
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    func readByte() throws -> UInt8 {
        guard offset < bytes.count else { throw CompactDecoder.Mismatch() }
        defer { offset += 1 }
        return bytes[offset]
    }

    func peekByte() -> UInt8? {
        offset < bytes.count ? bytes[offset] : nil
    }

    func readNumber() throws -> UInt64 {
        guard bytes.count - offset >= 8 else { throw CompactDecoder.Mismatch() }
        defer { offset += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The bytes of a text or data value.
    func readRun() throws -> UnsafeRawBufferPointer {
        let length = try readNumber()
        guard length <= UInt64(bytes.count - offset) else { throw CompactDecoder.Mismatch() }
        defer { offset += Int(length) }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + Int(length)])
    }

    func readText() throws -> String {
        let run = try readRun()
        guard let text = String(validating: run.assumingMemoryBound(to: UInt8.self), as: UTF8.self) else { throw CompactDecoder.Mismatch() }
        return text
    }

    /// A whole number that fits `Number`.
    private func readInteger<Number: FixedWidthInteger>(_ type: Number.Type, signed: Bool) throws -> Number {
        let raw = try readNumber()
        let value = signed ? Number(exactly: Int64(bitPattern: raw)) : Number(exactly: raw)
        guard let value else { throw CompactDecoder.Mismatch() }
        return value
    }

    /// Reads a value as `CompactWriter.writeSingle` wrote it. Types are told apart by their
    /// metadata, the common ones first: this runs for every value read.
    func readSingle<Value: Decodable>(_ type: Value.Type) throws -> Value {
        if type == String.self { return try readText() as! Value }
        if type == Int.self { return try readInteger(Int.self, signed: true) as! Value }
        if type == Bool.self { return try (readByte() != 0) as! Value }
        if type == Double.self { return Double(bitPattern: try readNumber()) as! Value }
        if type == Data.self { return Data(try readRun()) as! Value }
        if type == Float.self { return Float(bitPattern: try readInteger(UInt32.self, signed: false)) as! Value }
        if type == Int64.self { return try readInteger(Int64.self, signed: true) as! Value }
        if type == Int32.self { return try readInteger(Int32.self, signed: true) as! Value }
        if type == Int16.self { return try readInteger(Int16.self, signed: true) as! Value }
        if type == Int8.self { return try readInteger(Int8.self, signed: true) as! Value }
        if type == UInt.self { return try readInteger(UInt.self, signed: false) as! Value }
        if type == UInt64.self { return try readNumber() as! Value }
        if type == UInt32.self { return try readInteger(UInt32.self, signed: false) as! Value }
        if type == UInt16.self { return try readInteger(UInt16.self, signed: false) as! Value }
        if type == UInt8.self { return try readInteger(UInt8.self, signed: false) as! Value }
        return try decodeValue(type)
    }

    /// Decodes a value that encodes itself, then passes the ends of the containers it opened.
    private func decodeValue<Value: Decodable>(_ type: Value.Type) throws -> Value {
        let outer = openContainers
        openContainers = 0
        defer { openContainers = outer }
        let value = try Value(from: self)
        for _ in 0..<openContainers {
            guard try readByte() == 0 else { throw CompactDecoder.Mismatch() }
        }
        return value
    }

    /// The containers opened by the value being decoded.
    private var openContainers = 0

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        openContainers += 1
        return KeyedDecodingContainer(try CompactKeyedDecoding<Key>(reader: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        openContainers += 1
        return CompactUnkeyedDecoding(reader: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        CompactSingleValueDecoding(reader: self)
    }
}

/// A keyed container: its keys are read when it is opened, with where each value lies, so
/// that values can be read in any order and absent ones told apart.
private struct CompactKeyedDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: CompactReader
    var codingPath: [any CodingKey] { reader.codingPath }
    /// Where every key of the container lies, with where its value lies (nil for a nil value).
    /// Keys are compared as bytes: making a text of each costs more than the comparison.
    let entries: [(key: Range<Int>, value: Range<Int>?)]

    /// Reads the container's keys, passing over their values, and stops on its end mark.
    init(reader: CompactReader) throws {
        self.reader = reader
        var entries: [(key: Range<Int>, value: Range<Int>?)] = []
        while try reader.readByte() == 1 {
            let keyBytes = try reader.readRun()
            let key = reader.offset - keyBytes.count..<reader.offset
            guard try reader.readByte() == 1 else {
                entries.append((key, nil))
                continue
            }
            let length = try reader.readNumber()
            guard length <= UInt64(reader.bytes.count - reader.offset) else { throw CompactDecoder.Mismatch() }
            entries.append((key, reader.offset..<reader.offset + Int(length)))
            reader.offset += Int(length)
        }
        reader.offset -= 1
        self.entries = entries
    }

    /// Where to look first for the next key: values are mostly asked for in the order written.
    private let cursor = Cursor()

    private final class Cursor {
        var next = 0
    }

    var allKeys: [Key] {
        entries.compactMap { entry in
            String(validating: reader.bytes[entry.key], as: UTF8.self).flatMap { Key(stringValue: $0) }
        }
    }

    /// The index of `key`'s entry, looked for from the cursor on.
    private func index(of key: Key) -> Int? {
        var name = key.stringValue
        return name.withUTF8 { name in
            let isKey = { (entry: (key: Range<Int>, value: Range<Int>?)) in
                entry.key.count == name.count && reader.bytes[entry.key].elementsEqual(name)
            }
            let start = cursor.next < entries.count ? cursor.next : 0
            return entries[start...].firstIndex(where: isKey) ?? entries[..<start].firstIndex(where: isKey)
        }
    }

    func contains(_ key: Key) -> Bool {
        index(of: key) != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let index = index(of: key) else { throw CompactDecoder.Mismatch() }
        return entries[index].value == nil
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        guard let value = try decodeIfPresent(type, forKey: key) else { throw CompactDecoder.Mismatch() }
        return value
    }

    /// Reads the value of `key` from its place, then goes back to the container's end; nil when
    /// the key is absent or its value nil.
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let index = index(of: key), let range = entries[index].value else { return nil }
        cursor.next = index + 1
        let end = reader.offset
        reader.offset = range.lowerBound
        defer { reader.offset = end }
        let value = try reader.readSingle(type)
        guard reader.offset == range.upperBound else { throw CompactDecoder.Mismatch() }
        return value
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        throw CompactDecoder.Mismatch()
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw CompactDecoder.Mismatch()
    }

    func superDecoder() throws -> any Decoder { throw CompactDecoder.Mismatch() }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw CompactDecoder.Mismatch() }
}

/// An unkeyed container, read element by element up to its end mark.
private struct CompactUnkeyedDecoding: UnkeyedDecodingContainer {
    let reader: CompactReader
    var codingPath: [any CodingKey] { reader.codingPath }
    var count: Int? { nil }
    private(set) var currentIndex = 0

    init(reader: CompactReader) {
        self.reader = reader
    }

    var isAtEnd: Bool { reader.peekByte() == 0 }

    mutating func decodeNil() throws -> Bool {
        guard reader.peekByte() == 2 else { return false }
        reader.offset += 1
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard try reader.readByte() == 1 else { throw CompactDecoder.Mismatch() }
        currentIndex += 1
        return try reader.readSingle(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        throw CompactDecoder.Mismatch()
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw CompactDecoder.Mismatch()
    }

    mutating func superDecoder() throws -> any Decoder { throw CompactDecoder.Mismatch() }
}

/// A single value: a 1 and the value, or a 0 for nil.
private struct CompactSingleValueDecoding: SingleValueDecodingContainer {
    let reader: CompactReader
    var codingPath: [any CodingKey] { reader.codingPath }

    func decodeNil() -> Bool {
        guard reader.peekByte() == 0 else { return false }
        reader.offset += 1
        return true
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard try reader.readByte() == 1 else { throw CompactDecoder.Mismatch() }
        return try reader.readSingle(type)
    }
}

import Foundation

/// Encodes `Encodable` values into a compact binary form, for caches that only this build of
/// cmblog reads back (`CompactDecoder`): much faster to read than JSON, and not meant to be
/// read by anything else.
///
/// The form: numbers as eight little-endian bytes, texts and data as a length and their bytes;
/// a keyed container as its entries, each a 1, the key, then a 0 for nil or a 1, the value's
/// length and the value, ended by a 0; an unkeyed container as its elements, each a 1 and the
/// value or a 2 for nil, ended by a 0; a single value as a 1 and the value, or a 0 for nil.
/// Values carry no type: the decoder is told the type, as
/// `Decodable` does. Containers nested by hand (enums with payloads) are not supported: such a
/// value is refused with an error.
public struct CompactEncoder {
    /// A value with containers nested by hand.
    public struct Unsupported: Error {}

    public init() {}

    /// The bytes of `value`.
    public func encode(_ value: some Encodable) throws -> Data {
        let writer = CompactWriter()
        try writer.writeSingle(value)
        if writer.isUnsupported { throw Unsupported() }
        return Data(writer.bytes)
    }
}

/// The buffer an encoding is written into, shared by the containers of one encoding.
final class CompactWriter: Encoder {
    var bytes: [UInt8] = []
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    /// The containers opened by the value being encoded, each to be ended once it is done.
    private var openContainers = 0
    /// Whether a container was nested by hand: the encoding is then refused.
    var isUnsupported = false

    func writeNumber(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
    }

    func writeText(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            writeNumber(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// Encodes one value, then ends the containers it opened.
    private func encodeValue(_ value: some Encodable) throws {
        let outer = openContainers
        openContainers = 0
        defer { openContainers = outer }
        try value.encode(to: self)
        bytes.append(contentsOf: repeatElement(0, count: openContainers))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        openContainers += 1
        return KeyedEncodingContainer(CompactKeyedEncoding<Key>(writer: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        openContainers += 1
        return CompactUnkeyedEncoding(writer: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        CompactSingleValueEncoding(writer: self)
    }

    /// A container whose writes are lost, for containers nested by hand, which mark the encoding refused.
    func refusedContainer<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        isUnsupported = true
        return KeyedEncodingContainer(CompactKeyedEncoding<Key>(writer: CompactWriter()))
    }

    func refusedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        isUnsupported = true
        return CompactUnkeyedEncoding(writer: CompactWriter())
    }

    /// Writes a value as `CompactReader.readSingle` reads it: chosen by its static type, since a
    /// dynamic cast would take an optional number for a number.
    func writeSingle<Value: Encodable>(_ value: Value) throws {
        let type = Value.self
        if type == String.self { return writeText(value as! String) }
        if type == Int.self { return writeNumber(UInt64(bitPattern: Int64(value as! Int))) }
        if type == Bool.self { return bytes.append(value as! Bool ? 1 : 0) }
        if type == Double.self { return writeNumber((value as! Double).bitPattern) }
        if type == Data.self {
            let data = value as! Data
            writeNumber(UInt64(data.count))
            return bytes.append(contentsOf: data)
        }
        if type == Float.self { return writeNumber(UInt64((value as! Float).bitPattern)) }
        if type == Int64.self { return writeNumber(UInt64(bitPattern: value as! Int64)) }
        if type == Int32.self { return writeNumber(UInt64(bitPattern: Int64(value as! Int32))) }
        if type == Int16.self { return writeNumber(UInt64(bitPattern: Int64(value as! Int16))) }
        if type == Int8.self { return writeNumber(UInt64(bitPattern: Int64(value as! Int8))) }
        if type == UInt.self { return writeNumber(UInt64(value as! UInt)) }
        if type == UInt64.self { return writeNumber(value as! UInt64) }
        if type == UInt32.self { return writeNumber(UInt64(value as! UInt32)) }
        if type == UInt16.self { return writeNumber(UInt64(value as! UInt16)) }
        if type == UInt8.self { return writeNumber(UInt64(value as! UInt8)) }
        try encodeValue(value)
    }
}

private struct CompactKeyedEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: CompactWriter
    var codingPath: [any CodingKey] { writer.codingPath }

    /// Writes one entry: its mark and key, then the value's length before the value, so that a
    /// reader can find the values of its keys in any order.
    private func entry(_ key: Key, _ write: () throws -> Void) rethrows {
        writer.bytes.append(1)
        writer.writeText(key.stringValue)
        writer.bytes.append(1)
        let lengthAt = writer.bytes.count
        writer.writeNumber(0)
        try write()
        let length = UInt64(writer.bytes.count - lengthAt - 8).littleEndian
        withUnsafeBytes(of: length) { writer.bytes.replaceSubrange(lengthAt..<lengthAt + 8, with: $0) }
    }

    mutating func encodeNil(forKey key: Key) throws {
        writer.bytes.append(1)
        writer.writeText(key.stringValue)
        writer.bytes.append(0)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try entry(key) { try writer.writeSingle(value) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        writer.refusedContainer(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        writer.refusedUnkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        writer.isUnsupported = true
        return CompactWriter()
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder() }
}

private struct CompactUnkeyedEncoding: UnkeyedEncodingContainer {
    let writer: CompactWriter
    var codingPath: [any CodingKey] { writer.codingPath }
    private(set) var count = 0

    init(writer: CompactWriter) {
        self.writer = writer
    }

    mutating func encodeNil() throws {
        writer.bytes.append(2)
        count += 1
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        writer.bytes.append(1)
        try writer.writeSingle(value)
        count += 1
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        writer.refusedContainer(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        writer.refusedUnkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        writer.isUnsupported = true
        return CompactWriter()
    }
}

private struct CompactSingleValueEncoding: SingleValueEncodingContainer {
    let writer: CompactWriter
    var codingPath: [any CodingKey] { writer.codingPath }

    mutating func encodeNil() throws { writer.bytes.append(0) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        writer.bytes.append(1)
        try writer.writeSingle(value)
    }
}

/// Fills `{name}` placeholders in one pass over the UTF-8 bytes of a text.
public enum Placeholders {
    /// `template` with each `{name}` whose name is a key of `values` replaced by its value;
    /// other braces are kept as they are, and replaced values are not searched again.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        guard !values.isEmpty else { return template }
        let bytes = Array(template.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 32)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "{"), let close = bytes[(index + 1)...].firstIndex(where: { $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "{") }),
               bytes[close] == UInt8(ascii: "}"), let value = values[String(decoding: bytes[(index + 1)..<close], as: UTF8.self)] {
                output += value.utf8
                index = close + 1
            } else {
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}

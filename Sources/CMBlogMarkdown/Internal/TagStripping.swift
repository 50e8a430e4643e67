/// Removes the tags of HTML, and the contents of `<script>` and `<style>`, leaving a space
/// where each tag was.
enum TagStripping {
    /// The UTF-8 of `html` without its tags.
    static func text(of html: String) -> [UInt8] {
        var html = html
        return html.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var skippingUntil: [UInt8]?
            var inTag = false
            var run = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<") {
                    if !inTag && skippingUntil == nil { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index])) }
                    let rest = bytes[index...]
                    if let closing = skippingUntil {
                        if startsCaseInsensitive(rest, with: closing) { skippingUntil = nil }
                    } else if startsCaseInsensitive(rest, with: scriptStart) {
                        skippingUntil = scriptEnd
                    } else if startsCaseInsensitive(rest, with: styleStart) {
                        skippingUntil = styleEnd
                    }
                    inTag = true
                    output.append(UInt8(ascii: " "))
                } else if byte == UInt8(ascii: ">") && inTag {
                    inTag = false
                    run = index + 1
                }
            }
            if !inTag && skippingUntil == nil { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...])) }
            return output
        }
    }

    private static let scriptStart = Array("<script".utf8), scriptEnd = Array("</script".utf8)
    private static let styleStart = Array("<style".utf8), styleEnd = Array("</style".utf8)

    /// Whether `bytes` start with `prefix`, comparing bytes with their 0x20 bit set.
    private static func startsCaseInsensitive(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, with prefix: [UInt8]) -> Bool {
        guard bytes.count >= prefix.count else { return false }
        var index = bytes.startIndex
        for byte in prefix {
            guard bytes[index] | 0x20 == byte | 0x20 else { return false }
            index += 1
        }
        return true
    }
}

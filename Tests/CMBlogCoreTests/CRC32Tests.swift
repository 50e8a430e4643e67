import CMBlogCore
import Foundation
import Testing

struct CRC32Tests {
    @Test func matchesTheCheckValueOfTheStandard() {
        #expect(CRC32.of(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.of([UInt8]()) == 0)
    }

    @Test func readsDataSlicesAndLazySequencesAlike() {
        let bytes = (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let data = Data([0xAA] + bytes)
        let whole = CRC32.of(bytes)
        #expect(CRC32.of(data[1...]) == whole)
        #expect(CRC32.of(bytes.lazy.map { $0 }) == whole)
    }
}

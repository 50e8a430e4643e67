@testable import CMBlogSigning
import Foundation
import Testing

@Suite("BLAKE2b (RFC 7693)")
struct BLAKE2bTests {
    @Test("BLAKE2b-512 of \"abc\" is the digest of RFC 7693 appendix A")
    func appendixA() {
        let expected = """
            ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1\
            7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923
            """
        #expect(hex(BLAKE2b.hash(Array("abc".utf8))) == expected)
    }

    @Test("the self-test of RFC 7693 appendix E gives its grand hash")
    func appendixE() {
        // Deterministic input from the RFC's Fibonacci generator.
        func sequence(_ count: Int, seed: UInt32) -> [UInt8] {
            var (a, b): (UInt32, UInt32) = (0xDEAD_4BAD &* seed, 1)
            return (0..<count).map { _ in
                let t = a &+ b
                (a, b) = (b, t)
                return UInt8(truncatingIfNeeded: t >> 24)
            }
        }
        var grand = BLAKE2b(outputByteCount: 32)
        for outputLength in [20, 32, 48, 64] {
            for inputLength in [0, 3, 128, 129, 255, 1024] {
                let input = sequence(inputLength, seed: UInt32(inputLength))
                grand.update(BLAKE2b.hash(input, outputByteCount: outputLength))
                let key = sequence(outputLength, seed: UInt32(outputLength))
                grand.update(BLAKE2b.hash(input, outputByteCount: outputLength, key: key))
            }
        }
        #expect(hex(grand.finalize()) == "c23a7800d98123bd10f506c61e29da5603d763b8bbad2e737f5e765a7bccd475")
    }

    @Test("feeding bytes in pieces gives the digest of the whole", arguments: [1, 127, 128, 129, 300])
    func incremental(pieceSize: Int) {
        let message = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var hasher = BLAKE2b()
        var start = 0
        while start < message.count {
            hasher.update(message[start..<min(start + pieceSize, message.count)])
            start += pieceSize
        }
        #expect(hasher.finalize() == BLAKE2b.hash(message))
    }
}

func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

import CMBlogCore
import Foundation
import Testing

/// `CompactEncoder` and `CompactDecoder`: every value comes back equal, and damaged bytes give
/// an error, never a crash or a wrong value of the right shape.
@Suite("Compact coder")
struct CompactCoderTests {
    enum Mode: String, Codable, Equatable { case open, closed }

    struct Inner: Codable, Equatable {
        var name: String
        var count: Int
    }

    struct Sample: Codable, Equatable {
        var text: String
        var empty: String
        var unicode: String
        var number: Int
        var negative: Int
        var flag: Bool
        var falseOptional: Bool?
        var missing: String?
        var present: String?
        var date: Date
        var ratio: Double
        var mode: Mode
        var modes: [Mode]
        var optionals: [String?]
        var nested: [[Int]]
        var inner: Inner
        var inners: [Inner]
        var lines: [String: Int]
        var data: Data
        var small: UInt8
        var path: SitePath
        var diagnostic: Diagnostic
    }

    static let sample = Sample(
        text: "Bonjour, « monde » !", empty: "", unicode: "☕️ café\u{0}\n\u{1F600}", number: Int.max, negative: -42, flag: true,
        falseOptional: false, missing: nil, present: "here", date: Date(timeIntervalSince1970: 1_234_567_890.123_456),
        ratio: -0.1, mode: .closed, modes: [.open, .closed], optionals: ["a", nil, ""], nested: [[], [1, 2], [3]],
        inner: Inner(name: "in", count: 0), inners: [Inner(name: "a", count: 1), Inner(name: "b", count: -1)],
        lines: ["title": 2, "date": 3, "": 0], data: Data([0, 1, 2, 255]), small: 200, path: try! SitePath(validating: "/blog/post/"),
        diagnostic: .warning("careful", path: "content/posts/a.md", line: 3, column: 7))

    @Test("a value with every kind of member comes back equal")
    func roundTrip() throws {
        let bytes = try CompactEncoder().encode(Self.sample)
        #expect(try CompactDecoder().decode(Sample.self, from: bytes) == Self.sample)
    }

    @Test("top-level texts, numbers, optionals and lists come back equal")
    func topLevel() throws {
        #expect(try CompactDecoder().decode(String.self, from: CompactEncoder().encode("texte")) == "texte")
        #expect(try CompactDecoder().decode([Int?].self, from: CompactEncoder().encode([1, nil, 3])) == [1, nil, 3])
        #expect(try CompactDecoder().decode(Bool?.self, from: CompactEncoder().encode(Bool?.none)) == nil)
        #expect(try CompactDecoder().decode(Bool?.self, from: CompactEncoder().encode(Bool?.some(false))) == false)
    }

    @Test("every cut of an encoding, and every flipped byte, gives an error or a value, never a crash")
    func damagedBytes() throws {
        let bytes = try CompactEncoder().encode(Self.sample)
        for length in 0..<bytes.count {
            #expect(throws: (any Error).self) { try CompactDecoder().decode(Sample.self, from: bytes.prefix(length)) }
        }
        for index in bytes.indices {
            var damaged = bytes
            damaged[index] ^= 0x5A
            _ = try? CompactDecoder().decode(Sample.self, from: damaged)
        }
        #expect(throws: (any Error).self) { try CompactDecoder().decode(Sample.self, from: bytes + [0]) }
    }

    @Test("a value read as another type is refused")
    func otherType() throws {
        let bytes = try CompactEncoder().encode(Self.sample.inner)
        #expect(throws: (any Error).self) { try CompactDecoder().decode(Sample.self, from: bytes) }
        #expect(throws: (any Error).self) { try CompactDecoder().decode(Int8.self, from: CompactEncoder().encode(300)) }
    }

    @Test("an enum with payloads, which nests containers by hand, is refused when encoded")
    func nestedContainers() throws {
        enum Payload: Codable { case one(Int), two(String) }
        #expect(throws: CompactEncoder.Unsupported.self) { try CompactEncoder().encode(Payload.one(1)) }
    }
}

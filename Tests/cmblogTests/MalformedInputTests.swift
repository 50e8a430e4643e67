import CMBlogTestSupport
import Foundation
import Testing

/// Every case of `MalformedCorpus` through the real binary, under a memory and a time limit:
/// no crash, no hang, and every refusal a `file:line` error.
@Suite("Malformed input corpus")
struct MalformedInputTests {
    enum Outcome: String { case built = "exit 0", located = "located error", other = "other" }

    /// A line of standard error that is allowed in a refusal: a located diagnostic or the count.
    static let locatedLine = #"^[^:\s][^:]*:\d+(:\d+)?: (error|warning|note): "#
    static let countLine = #"^\d+ errors?(, \d+ warnings?)?$"#

    func run(_ testCase: MalformedCase) throws -> (Outcome, String) {
        let folder = try Subprocess.temporaryFolder("cmblog-malformed")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appending(path: "site")
        try InlineFixture("").write(into: site)
        for (path, data) in testCase.files {
            let url = site.appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        let arguments: [String] = switch testCase.command {
        case .build: ["build", "--source", site.path, "--output", folder.appending(path: "public").path]
        case .importWordPress: ["import", "wordpress", site.appending(path: "export.xml").path, "--into", folder.appending(path: "imported").path]
        case .importDisqus: ["import", "disqus", site.appending(path: "export.xml").path, "--into", site.path]
        }
        let result = try cmblogLimited(arguments, memoryKB: 3_000_000, seconds: 60)
        let lines = result.error.split(separator: "\n").map(String.init)
        switch result.status {
        case 0: return (.built, "")
        case 1 where lines.contains(where: { $0.range(of: Self.locatedLine, options: .regularExpression) != nil && $0.contains(": error: ") })
            && lines.allSatisfy({ $0.range(of: Self.locatedLine, options: .regularExpression) != nil || $0.range(of: Self.countLine, options: .regularExpression) != nil }):
            return (.located, "")
        default: return (.other, "exit \(result.status): \(result.error.prefix(400))")
        }
    }

    @Test("over 300 malformed inputs: no crash, no hang, every refusal located")
    func corpus() throws {
        let cases = MalformedCorpus.all
        #expect(cases.count >= 300)
        var counts: [Outcome: Int] = [:]
        for testCase in cases {
            let (outcome, detail) = try run(testCase)
            counts[outcome, default: 0] += 1
            #expect(outcome != .other, "\(testCase.name): \(detail)")
        }
        print("Malformed input corpus: \(cases.count) cases, " + [Outcome.built, .located, .other].map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", "))
    }
}

/// Runs the binary under `ulimit -v` and `timeout`, as a user's shell with limits would.
func cmblogLimited(_ arguments: [String], memoryKB: Int, seconds: Int) throws -> Subprocess.Result {
    let binary = try cmblogBinary()
    let quoted = ([binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
    return try Subprocess.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "ulimit -v \(memoryKB); exec timeout -s KILL \(seconds) \(quoted)"])
}

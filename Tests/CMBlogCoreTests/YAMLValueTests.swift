import CMBlogCore
import Testing

@Suite("YAML values with lines")
struct YAMLValueTests {
    @Test("remembers file lines of values")
    func lines() throws {
        let value = try YAMLValue.parse("title: A\ntags:\n  - x\n  - y\n", path: "f.md", firstLine: 2)
        #expect(value["title"]?.line == 2)
        #expect(value["tags"]?.sequence?.map(\.line) == [4, 5])
    }

    @Test("tells quoted text from booleans and nulls")
    func scalars() throws {
        let value = try YAMLValue.parse("a: false\nb: \"false\"\nc: ~\nd:\n", path: "f.yml")
        #expect(value["a"]?.bool == false)
        #expect(value["b"]?.bool == nil)
        #expect(value["b"]?.string == "false")
        #expect(value["c"]?.isNull == true)
        #expect(value["d"]?.isNull == true)
    }

    @Test("reports malformed YAML at the file line")
    func malformed() {
        #expect {
            try YAMLValue.parse("title: A\ntags: [x, y\n", path: "content/posts/p.md", firstLine: 2)
        } throws: { error in
            let diagnostic = (error as? DiagnosticError)?.diagnostics.first
            return diagnostic?.location.path == "content/posts/p.md" && diagnostic?.location.line == 4
                && diagnostic?.message.hasPrefix("malformed YAML") == true
        }
    }
}

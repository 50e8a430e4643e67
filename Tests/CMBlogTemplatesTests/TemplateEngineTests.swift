@testable import CMBlogTemplates
import Testing

/// The template engine against cases of the Mustache specification (interpolation, sections,
/// inverted sections, comments, partials, delimiters, inheritance, standalone lines).
@Suite("Template engine")
struct TemplateEngineTests {
    private func render(_ text: String, _ data: Any, partials: [String: String] = [:]) throws -> String {
        var library = TemplateLibrary()
        try library.register(text, named: "main")
        for (name, partial) in partials { try library.register(partial, named: name) }
        return try #require(library.render(data, withTemplate: "main"))
    }

    @Test("variables are escaped, triple mustaches and & are not")
    func interpolation() throws {
        let data: [String: Any] = ["forbidden": #"& " < > '"#, "count": 85, "flag": true]
        #expect(try render("{{forbidden}}|{{{forbidden}}}|{{& forbidden}}", data) == #"&amp; &quot; &lt; &gt; &#39;|& " < > '|& " < > '"#)
        #expect(try render("{{count}} {{flag}} [{{missing}}] [{{missing.deep}}]", data) == "85 true [] []")
        #expect(try render("{{ count }}", data) == "85")
    }

    @Test("dotted names, and names looked up through the enclosing sections")
    func names() throws {
        let data: [String: Any] = ["a": ["b": ["c": "deep"]], "outer": "O", "list": [["x": 1], ["x": 2]]]
        #expect(try render("{{a.b.c}}", data) == "deep")
        #expect(try render("{{#a}}{{b.c}}{{/a}}", data) == "deep")
        #expect(try render("{{#list}}{{x}}{{outer}};{{/list}}", data) == "1O;2O;")
        // A dotted name whose first part is found does not fall back to outer values.
        #expect(try render(#"{{#a}}{{#b}}{{a.b.missing}}{{/b}}{{/a}}"#, data) == "")
        #expect(try render("{{#list}}{{.x}}{{.outer}};{{/list}}", data) == "1;2;")
        #expect(try render("{{#list}}{{.}}{{/list}}", ["list": ["p", "q"]]) == "pq")
    }

    @Test("sections show for true, once per item, and with a value; inverted sections for the rest")
    func sections() throws {
        let data: [String: Any] = ["yes": true, "no": false, "empty": [Int](), "items": [1, 2, 3], "thing": ["name": "T"]]
        #expect(try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#missing}}M{{/missing}}{{#empty}}E{{/empty}}", data) == "Y")
        #expect(try render("{{#items}}<{{.}}>{{/items}}", data) == "<1><2><3>")
        #expect(try render("{{#thing}}{{name}}{{/thing}}", data) == "T")
        #expect(try render("{{^yes}}Y{{/yes}}{{^no}}N{{/no}}{{^missing}}M{{/missing}}{{^empty}}E{{/empty}}{{^items}}I{{/items}}", data) == "NME")
    }

    @Test("standalone tags and comments leave no line behind; inline ones keep their spaces")
    func standaloneLines() throws {
        let data: [String: Any] = ["boolean": true]
        #expect(try render("| This Is\n{{#boolean}}\n|\n{{/boolean}}\n| A Line", data) == "| This Is\n|\n| A Line")
        #expect(try render(" {{#boolean}}YES{{/boolean}}\n {{#boolean}}GOOD{{/boolean}}\n", data) == " YES\n GOOD\n")
        #expect(try render("Begin.\n  {{! a comment }}\nEnd.", data) == "Begin.\nEnd.")
        #expect(try render("  12 {{! 34 }}\n", data) == "  12 \n")
        #expect(try render("|\r\n{{#boolean}}\r\n{{/boolean}}\r\n|", data) == "|\r\n|")
        #expect(try render("  {{#boolean}}\n#{{/boolean}}\n/", data) == "#\n/")
    }

    @Test("a standalone partial is indented line by line, not inside interpolated text")
    func partials() throws {
        let data: [String: Any] = ["content": "<\n->"]
        let partials = ["partial": "|\n{{{content}}}\n|\n"]
        #expect(try render("\\\n {{>partial}}\n/\n", data, partials: partials) == "\\\n |\n <\n->\n |\n/\n")
        #expect(try render("[{{>missing}}]", data) == "[]")
        #expect(try render("{{#content}}{{> inner}}{{/content}}", ["content": ["x": "X"]], partials: ["inner": "({{x}})"]) == "(X)")
    }

    @Test("delimiters can be changed, for the rest of the section")
    func delimiters() throws {
        #expect(try render("{{=<% %>=}}(<%text%>){{text}}", ["text": "Hey!"]) == "(Hey!){{text}}")
        #expect(try render("[\n{{=@ @=}}\n@text@\n]", ["text": "T"]) == "[\nT\n]")
    }

    @Test("a parent's blocks show their default unless the child, or the outermost child, overrides them")
    func inheritance() throws {
        let parent = "<title>{{$title}}Default{{/title}}</title>\n{{$main}}{{/main}}"
        #expect(try render("{{<parent}}{{/parent}}", [String: Any](), partials: ["parent": parent]) == "<title>Default</title>\n")
        #expect(try render("{{<parent}}{{$title}}Mine{{/title}}{{$main}}M{{/main}}{{/parent}}", [String: Any](), partials: ["parent": parent])
            == "<title>Mine</title>\nM")
        let middle = "{{<parent}}{{$title}}Middle{{/title}}{{/parent}}"
        #expect(try render("{{<middle}}{{$title}}Outer{{/title}}{{/middle}}", [String: Any](), partials: ["parent": parent, "middle": middle])
            == "<title>Outer</title>\n")
        // Standalone block tags in a child lose their lines and the body's common indentation.
        let page = "{{<layout}}\n  {{$main}}\n    <p>{{text}}</p>\n  {{/main}}\n{{/layout}}\n"
        #expect(try render(page, ["text": "hi"], partials: ["layout": "<main>\n  {{$main}}\n  {{/main}}\n</main>\n"])
            == "<main>\n  <p>hi</p>\n</main>\n")
    }

    @Test("a template that does not parse says why, at which line and column", arguments: [
        ("a\n{{#open}}", "the section {{#open}} is never closed", 2),
        ("{{#a}}\n\n{{/b}}", "{{/b}} closes a section opened as {{#a}}", 3),
        ("x {{name", "a tag is not closed", 1),
        ("{{count(tags)}}", "transforms such as count(name) are not supported", 1),
        ("{{<parent}}text{{> other}}{{/parent}}", "only {{$block}} tags may appear inside {{<parent}}…{{/parent}}", 1),
    ])
    func errors(text: String, message: String, line: Int) {
        #expect(throws: TemplateSyntaxError.self) { try TemplateParser.parse(text) }
        do {
            _ = try TemplateParser.parse(text)
        } catch {
            #expect(error.message == message)
            #expect(error.line == line)
        }
    }
}

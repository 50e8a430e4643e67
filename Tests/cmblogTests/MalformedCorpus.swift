import CMBlogTestSupport
import Foundation

/// A generated corpus of malformed and hostile inputs, one case a site or an export, covering
/// front matter, every YAML file cmblog reads, signatures and keys, WXR and Disqus exports.
struct MalformedCase: Sendable {
    enum Command: Sendable { case build, importWordPress, importDisqus }
    let name: String
    let command: Command
    /// The site's files (for `build` and `importDisqus`); the export for the importers is `export.xml`.
    let files: [String: Data]
}

enum MalformedCorpus {
    static let importFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/Import")

    static let post = "---\ntitle: Bonjour\ndate: 2020-01-01\nauthor: ana\ntags: [a, b]\n---\nUn billet.\n"
    static let base: [String: Data] = [
        "cmblog.yml": Data("title: T\nbaseURL: https://t.example/\nlanguage: fr\n".utf8),
        "authors/ana.yml": Data("name: Ana\nrole: Rédaction\n".utf8),
        "content/posts/2020-01-01-p.md": Data(post.utf8),
        "comments/p.yml": Data("status: open\ncomments:\n  - id: \"1\"\n    date: 2020-01-02\n    author: Paul\n    body: Merci\n".utf8),
        "i18n/fr.yml": Data("read_more: Lire\n".utf8),
    ]

    static func site(_ changes: [String: Data]) -> [String: Data] { base.merging(changes) { _, new in new } }

    /// YAML documents no file of cmblog may choke on.
    static var hostileYAML: [String] {
        let laughs = (["a0: &a0 lol"] + (1..<9).map { n in "a\(n): &a\(n) [" + Array(repeating: "*a\(n - 1)", count: 10).joined(separator: ", ") + "]" })
            .joined(separator: "\n")
        let big = "big: &big " + String(repeating: "x", count: 100_000) + "\nuses: [" + Array(repeating: "*big", count: 20_000).joined(separator: ",") + "]"
        return [
            laughs, laughs + "\nname: Ana\ntitle: T\n", big,
            "k: &k [x]\n" + (1..<3_000).map { "k\($0): &k\($0) [*k\($0 - 1)]" }.joined(separator: "\n"),
            "a: &a [1]\n? *a\n: 2\n", "a: &a {x: 1}\n*a : 2\n",
            "a: " + String(repeating: "[", count: 50_000), "a: " + String(repeating: "{a: ", count: 20_000),
            String(repeating: "- ", count: 20_000) + "x", (0..<3_000).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n"),
            "name: [1, 2]\ntitle: {a: 1}\nbaseURL: [x]\nstatus: [open]\ncomments: 42\n", "- a\n- b\n", "just text", "42", "~", "",
            "# only a comment\n", "name: \"unterminated\n", "name: 'x\n", "\tname: tab\n", "name: a\nname: b\n",
            "--- a\n--- b\n", "%YAML 9.9\n---\nx: 1\n", "x: !!binary AAAA\n", "x: !custom 1\n", "x: 1e99999\n",
            "x: *undefined\n", "x: &a\n", "name: \u{0}\n", "name: Ana\n\u{FEFF}title: T\n", "x: \"\\uD800\"\n",
            "comments:\n  - " + String(repeating: "{", count: 5_000) + "\n", "name: Ana\nkey: [1]\nbio: [1]\nlinks: [1]\nfediverse: [x]\n",
            "title: T\nbaseURL: https://t.example/\npaths: [1]\nmenu: 3\nsocial: x\nfeeds: [1]\npaginate: -1\n",
        ]
    }

    static var frontMatters: [String] {
        let fm = { (lines: String) in "---\n\(lines)\n---\nCorps.\n" }
        var cases = [
            "", "---", "---\n", "---\ntitle: T", "no front matter\n", "---\n---\n", "---\n...\n", "\u{FEFF}---\r\ntitle: T\r\n---\r\n",
            "---\rtitle: T\rdate: 2020-01-01\rauthor: ana\r---\rx\r", "---\ntitle: T\ndate: 2020-01-01\nauthor: ana\n---\n\u{0}\u{1B}[2J",
            fm("title: [1]\ndate: 2020-01-01\nauthor: ana"), fm("title: T\ndate: [2020]\nauthor: ana"), fm("title: T\ndate: 2020-01-01\nauthor: {a: 1}"),
            fm("title: T\ndate: 2020-02-30\nauthor: ana"), fm("title: T\ndate: 99999-01-01\nauthor: ana"), fm("title: T\ndate: -1\nauthor: ana"),
            fm("title: T\ndate: 2020-01-01\nauthor: ana\naliases: 42"), fm("title: T\ndate: 2020-01-01\nauthor: ana\naliases: [[1]]"),
            fm("title: T\ndate: 2020-01-01\nauthor: ana\npermalink: /sitemap.xml"), fm("title: T\ndate: 2020-01-01\nauthor: ana\npermalink: /_redirects"),
            fm("title: T\ndate: 2020-01-01\nauthor: ana\npermalink: /\(String(repeating: "a", count: 300))/"),
            fm("title: T\ndate: 2020-01-01\nauthor: ana\nslug: \(String(repeating: "é", count: 200))"),
            fm("title: T\ndate: 2020-01-01\nauthor: ana\npermalink: ../../etc/"), fm("title: T\ndate: 2020-01-01\nauthor: ana\npermalink: //evil.example/"),
            fm("title: T\ndate: 2020-01-01\nauthor: ana\npermalink: /a\u{0}b/"), fm("title: T\ndate: 2020-01-01\nauthor: ana\nslug: ../x"),
            fm("title: T\ndate: 2020-01-01\nauthor: ana\ntags: [" + (0..<3_000).map { "t\($0)" }.joined(separator: ", ") + "]"),
            fm("title: T\ndate: 2020-01-01\nauthor: ana\ncomments: maybe"), fm("title: T\ndate: 2020-01-01\nauthor: ana\ndraft: perhaps"),
            fm("title: T\ndate: 2020-01-01\nauthor: ana\nlang: [fr]"), fm("title: T\ndate: 2020-01-01\nauthor: ana\nimage: {path: [1]}"),
            fm("title: T\ndate: 2020-01-01\nauthor: ana\nsyndication: {a: 1}"), fm("title: T\ndate: 2020-01-01\nauthor: ana\npassword: x"),
            fm("title: T\ndate: 2020-01-01\nauthor: ana\nstatus: private"), fm("title: T\ndate: 2020-01-01\nauthor: ana\nstatus: [x]"),
            fm("title: \(String(repeating: "T", count: 100_000))\ndate: 2020-01-01\nauthor: ana"),
        ]
        cases += hostileYAML.map { "---\n\($0)\n---\nCorps.\n" }
        let bytes = Array(post.utf8)
        cases += stride(from: 1, to: bytes.count, by: 3).map { String(decoding: bytes[..<$0], as: UTF8.self) }
        return cases
    }

    static var signatures: [String] {
        let line = "RWQBAQEBAQEBAWJhZGJhZGJhZGJhZGJhZGJhZGJhZGJhZGJhZGJhZGJhZGJhZGJhZGJhZGJhZGJhZGJhZGJhZGJhZGJhZGJhZA=="
        return [
            "", "\n", "garbage", "untrusted comment: x\n", "untrusted comment: x\n\(line)\n", "untrusted comment: x\n\(line)\ntrusted comment: x\n",
            "untrusted comment: x\n\(line)\ntrusted comment: x\n!!!!\n", "untrusted comment: x\nRW==\ntrusted comment: x\nAAAA\n",
            "untrusted comment: x\n\(line)\ntrusted comment: \u{1B}[2J\n\(line)\n", String(repeating: "untrusted comment: x\n", count: 10_000),
            "untrusted comment: x\r\n\(line)\r\ntrusted comment: x\r\n\(line)\r\n", "\u{FEFF}untrusted comment: x\n\(line)\ntrusted comment: x\n\(line)\n",
            "untrusted comment: x\n\(String(repeating: "A", count: 200_000))\ntrusted comment: x\n\(line)\n",
        ]
    }

    static let authorKeys = ["RWQ", "RW" + String(repeating: "A", count: 54), "[1]", "not a key", "RW\u{1B}[2J", String(repeating: "RW", count: 50_000), "\"\"", "{a: 1}"]

    static func export(_ name: String) -> Data { (try? Data(contentsOf: importFixtures.appending(path: name))) ?? Data() }

    static var exports: [(String, Data)] {
        let wxr = export("wordpress.xml")
        var cases: [(String, Data)] = stride(from: wxr.count / 40, to: wxr.count, by: wxr.count / 40).map { ("wxr cut at \($0)", wxr.prefix($0)) }
        let deep = "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><wp:wxr_version>1.2</wp:wxr_version>"
            + String(repeating: "<a>", count: 50_000) + String(repeating: "</a>", count: 50_000) + "</channel></rss>"
        cases += [
            ("wxr 50,000 nested elements", Data(deep.utf8)), ("wxr empty", Data()), ("wxr not xml", Data("hello".utf8)),
            ("wxr entity expansion", Data("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]><rss><channel><title>&f;</title></channel></rss>".utf8)),
            ("wxr external entity", Data("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><title>&x;</title></channel></rss>".utf8)),
            ("wxr invalid utf-8", wxr.prefix(500) + Data([0xFF, 0xFE, 0xE9]) + wxr.dropFirst(500)),
        ]
        return cases
    }

    static var disqusExports: [(String, Data)] {
        let disqus = export("disqus.xml")
        var cases: [(String, Data)] = stride(from: disqus.count / 20, to: disqus.count, by: disqus.count / 20).map { ("disqus cut at \($0)", disqus.prefix($0)) }
        let deep = "<?xml version=\"1.0\"?><disqus xmlns=\"http://disqus.com\">" + String(repeating: "<x>", count: 50_000) + String(repeating: "</x>", count: 50_000) + "</disqus>"
        cases += [("disqus 50,000 nested elements", Data(deep.utf8)), ("disqus empty", Data()), ("disqus not xml", Data("<disqus".utf8))]
        return cases
    }

    static var all: [MalformedCase] {
        var cases: [MalformedCase] = []
        for (index, text) in frontMatters.enumerated() {
            cases.append(MalformedCase(name: "front matter #\(index)", command: .build, files: site(["content/posts/2020-01-01-p.md": Data(text.utf8)])))
        }
        for file in ["cmblog.yml", "authors/ana.yml", "comments/p.yml", "i18n/fr.yml"] {
            for (index, text) in hostileYAML.enumerated() {
                cases.append(MalformedCase(name: "\(file) #\(index)", command: .build, files: site([file: Data(text.utf8)])))
            }
        }
        for (index, text) in signatures.enumerated() {
            cases.append(MalformedCase(name: "signature #\(index)", command: .build, files: site([
                "content/posts/2020-01-01-p.md.minisig": Data(text.utf8), "authors/ana.yml": Data("name: Ana\nkey: RWQBAQEBAQEBAQHyvMxvZ8Bz3bp7KLJeKGZ1Yv3xNnxGuMqYJ2SxLRDTbrm4Ww9h\n".utf8),
            ])))
        }
        for (index, key) in authorKeys.enumerated() {
            cases.append(MalformedCase(name: "author key #\(index)", command: .build, files: site([
                "authors/ana.yml": Data("name: Ana\nkey: \(key)\n".utf8), "cmblog.yml": Data("title: T\nbaseURL: https://t.example/\nsignatures: required\n".utf8),
            ])))
        }
        cases += exports.map { MalformedCase(name: $0.0, command: .importWordPress, files: ["export.xml": $0.1]) }
        cases += disqusExports.map { MalformedCase(name: $0.0, command: .importDisqus, files: site(["export.xml": $0.1])) }
        return cases
    }
}

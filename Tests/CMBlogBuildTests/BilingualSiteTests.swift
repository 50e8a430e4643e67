import CMBlogBuild
import CMBlogTestSupport
import Foundation
import Testing

/// The bilingual fixture (`Tests/Fixtures/Sites/bilingual`: French at the root, English under
/// `/en/`), built and read back as search engines, readers and feed readers see it.
@Suite("Bilingual site")
struct BilingualSiteTests {
    static let base = "https://blog.example.com"

    /// The built fixture: every file's text, by path relative to the output.
    static func built() async throws -> [String: String] {
        let output = try temporaryFolder().appending(path: "public")
        try await build(fixtureSites.appending(path: "bilingual"), into: output)
        let files = FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? []
        var texts: [String: String] = [:]
        for file in files where !file.hasPrefix("assets/") {
            if let text = try? String(contentsOf: output.appending(path: file), encoding: .utf8) { texts[file] = text }
        }
        return texts
    }

    /// The URL of a page written at `file`.
    static func url(of file: String) -> String {
        base + "/" + (file.hasSuffix("index.html") ? String(file.dropLast("index.html".count)) : file)
    }

    /// Every `hreflang` link of a page's head, as (language, URL).
    static func alternates(_ html: String) -> [String: String] {
        let pattern = /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/
        return Dictionary(html.matches(of: pattern).map { (String($0.1), String($0.2)) }, uniquingKeysWith: { first, _ in first })
    }

    static func lang(_ html: String) -> String? { html.firstMatch(of: /<html lang="([^"]+)">/).map { String($0.1) } }

    @Test("every page with translations links each version, itself included, with x-default, and each version links back the same")
    func pairsLinkBothWays() async throws {
        let site = try await Self.built()
        let pages = site.filter { $0.key.hasSuffix(".html") }
        let byURL = Dictionary(uniqueKeysWithValues: pages.map { (Self.url(of: $0.key), $0.value) })
        var linked = 0
        for (file, html) in pages.sorted(by: { $0.key < $1.key }) {
            let links = Self.alternates(html)
            guard !links.isEmpty else { continue }
            linked += 1
            let language = try #require(Self.lang(html))
            #expect(links[language] == Self.url(of: file), "\(file) does not list itself under its language \(language)")
            #expect(links["x-default"] == links["fr"], "\(file): x-default is not the French version")
            for (hreflang, url) in links where hreflang != "x-default" {
                let other = try #require(byURL[url], "\(file) links \(url), which is not a page of the site")
                #expect(Self.lang(other) == hreflang, "\(url) is not in \(hreflang)")
                #expect(Self.alternates(other) == links, "\(url) does not link the same versions as \(file)")
            }
        }
        #expect(linked >= 16)
        let welcome = try #require(site["en/2021/03/bienvenue/index.html"])
        #expect(Self.alternates(welcome) == [
            "fr": "\(Self.base)/2021/03/bienvenue/", "en": "\(Self.base)/en/2021/03/bienvenue/", "x-default": "\(Self.base)/2021/03/bienvenue/",
        ])
        let roasting = try #require(site["2021/04/torrefaction/index.html"])
        #expect(Self.alternates(roasting)["en"] == "\(Self.base)/en/2021/04/our-roasting/")
        #expect(roasting.contains(#"<meta property="og:locale:alternate" content="en_US">"#))
        #expect(Self.alternates(try #require(site["2021/05/marche/index.html"])).isEmpty)
        #expect(Self.alternates(try #require(site["en/about/index.html"]))["fr"] == "\(Self.base)/a-propos/")
    }

    @Test("the switcher leads to the translation, or to the other language's home for a page without one, marked with lang and hreflang")
    func switcher() async throws {
        let site = try await Self.built()
        func switcher(_ file: String) throws -> String {
            let html = try #require(site[file])
            return String(try #require(html.firstMatch(of: /<nav class="site-nav language-switcher"[^>]*>\s*<ul>\s*(.*?)\s*<\/ul>/.dotMatchesNewlines())).1)
        }
        #expect(try switcher("2021/03/bienvenue/index.html")
            == #"<li><a href="/en/2021/03/bienvenue/" hreflang="en" lang="en" rel="alternate">English</a></li>"#)
        #expect(try switcher("en/2021/04/our-roasting/index.html")
            == #"<li><a href="/2021/04/torrefaction/" hreflang="fr" lang="fr" rel="alternate">Français</a></li>"#)
        #expect(try switcher("2021/05/marche/index.html") == #"<li><a href="/en/" hreflang="en" lang="en">English</a></li>"#)
        #expect(try switcher("en/categories/events/index.html") == #"<li><a href="/" hreflang="fr" lang="fr">Français</a></li>"#)
        #expect(try switcher("en/categories/workshop/index.html")
            == #"<li><a href="/categories/atelier/" hreflang="fr" lang="fr" rel="alternate">Français</a></li>"#)
        #expect(try switcher("en/authors/amelie/index.html")
            == #"<li><a href="/authors/amelie/" hreflang="fr" lang="fr" rel="alternate">Français</a></li>"#)
    }

    /// Interface strings of the theme in one language that its other language never uses (the
    /// longest part of each between its placeholders), but the language's own name.
    static func ownStrings(_ language: String, other: String) throws -> [String] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "templates/i18n")
        func values(_ language: String) throws -> [String] {
            try String(contentsOf: folder.appending(path: "\(language).yml"), encoding: .utf8).split(separator: "\n").compactMap { line in
                guard !line.hasPrefix("#"), !line.hasPrefix("language_name:"), let colon = line.firstIndex(of: ":") else { return nil }
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return value.split(separator: "{").map { $0.split(separator: "}").last.map(String.init) ?? "" }
                    .map { $0.trimmingCharacters(in: .whitespaces) }.max { $0.count < $1.count }
            }
        }
        let others = try values(other)
        return try values(language).filter { $0.count >= 7 && !others.contains($0) && !$0.contains("\\") }
    }

    /// Whether `text` stands in `body` as whole words ("comment" is not in "commentaire").
    static func hasWords(_ text: String, in body: String) -> Bool {
        body.ranges(of: text).contains { range in
            !(range.lowerBound > body.startIndex && body[body.index(before: range.lowerBound)].isLetter)
                && !(range.upperBound < body.endIndex && body[range.upperBound].isLetter)
        }
    }

    @Test("no page mixes languages: an English page carries none of the French interface strings, a French page none of the English ones")
    func noMixedPages() async throws {
        let site = try await Self.built()
        let french = try Self.ownStrings("fr", other: "en"), english = try Self.ownStrings("en", other: "fr")
        #expect(french.contains("Lire la suite") && english.contains("Read more"))
        var checked = (fr: 0, en: 0)
        for (file, html) in site where file.hasSuffix(".html") {
            // The text a reader sees, without the switcher, which names each language in itself.
            let body = String(html[(html.range(of: "<body")?.lowerBound ?? html.startIndex)...])
                .replacing(/<nav class="site-nav language-switcher".*?<\/nav>/.dotMatchesNewlines(), with: "")
                .replacing(/<[^>]+>/, with: " ")
            switch Self.lang(html) {
            case "en":
                checked.en += 1
                for text in french where Self.hasWords(text, in: body) { Issue.record("\(file) is English but shows “\(text)”") }
                #expect(!body.contains(" mars 2021"), "\(file) shows a French date")
            case "fr":
                checked.fr += 1
                for text in english where Self.hasWords(text, in: body) { Issue.record("\(file) is French but shows “\(text)”") }
            default: break
            }
        }
        #expect(checked.en >= 15 && checked.fr >= 15)
        let welcome = try #require(site["en/2021/03/bienvenue/index.html"])
        #expect(welcome.contains("March 8, 2021"))
        #expect(welcome.contains("2 comments"))
        #expect(welcome.contains("March 9, 2021 at 10:00 am"))
        #expect(try #require(site["en/404.html"]).contains("Page not found"))
        #expect(welcome.contains(#"<a class="share-mastodon" href="/en/share/?text="#))
        #expect(try #require(site["en/share/index.html"]).contains("<html lang=\"en\">"))
        #expect(try #require(site["404.html"]).contains("<html lang=\"fr\">"))
    }

    @Test("lists, archives and author pages of a language show only its posts, under its prefix")
    func listsPerLanguage() async throws {
        let site = try await Self.built()
        let englishHome = try #require(site["en/index.html"]) + (site["en/page/2/index.html"] ?? "")
        #expect(englishHome.contains("A cupping evening") && englishHome.contains("Welcome to the workshop"))
        #expect(!englishHome.contains("Le marché du samedi") && !englishHome.contains("Bienvenue"))
        let frenchHome = try #require(site["index.html"]) + (site["page/2/index.html"] ?? "")
        #expect(frenchHome.contains("Le marché du samedi") && !frenchHome.contains("A cupping evening"))
        #expect(site["en/categories/workshop/index.html"] != nil && site["categories/atelier/index.html"] != nil)
        #expect(site["en/categories/atelier/index.html"] == nil && site["categories/workshop/index.html"] == nil)
        #expect(try #require(site["en/archives/index.html"]).contains("/en/archives/2021/"))
        let author = try #require(site["en/authors/amelie/index.html"]) + (site["en/authors/amelie/page/2/index.html"] ?? "")
        #expect(author.contains("Our roasting") && !author.contains("Notre torréfaction"))
        let englishHeader = try #require(site["en/index.html"])
        #expect(englishHeader.contains("<a class=\"site-brand\" href=\"/en/\" aria-current=\"page\">"))
        #expect(englishHeader.contains("<span class=\"site-title\">Maison Exemple — the blog</span>"))
        #expect(try #require(site["en/index.html"]).contains("<a href=\"/en/about/\">About</a>"))
    }

    @Test("each language has its feeds under its prefix carrying only its posts; the root feed carries every language")
    func feedsPerLanguage() async throws {
        let site = try await Self.built()
        func items(_ file: String) throws -> [(language: String, url: String)] {
            let json = try JSONSerialization.jsonObject(with: Data(try #require(site[file], "no \(file)").utf8)) as? [String: Any]
            let items = try #require(json?["items"] as? [[String: Any]])
            return items.map { ($0["language"] as? String ?? "", $0["url"] as? String ?? "") }
        }
        func language(_ file: String) throws -> String? {
            (try JSONSerialization.jsonObject(with: Data(try #require(site[file]).utf8)) as? [String: Any])?["language"] as? String
        }
        for (file, expected) in [("en/feed.json", "en"), ("fr/feed.json", "fr"), ("en/categories/workshop/feed.json", "en"),
                                 ("en/authors/amelie/feed.json", "en"), ("authors/amelie/feed.json", "fr"), ("categories/atelier/feed.json", "fr")] {
            let found = try items(file)
            #expect(!found.isEmpty, "\(file) is empty")
            #expect(found.allSatisfy { $0.language == expected }, "\(file) carries \(found)")
            #expect(try language(file) == expected)
        }
        #expect(try items("en/feed.json").allSatisfy { $0.url.hasPrefix("\(Self.base)/en/") })
        #expect(Set(try items("feed.json").map(\.language)) == ["fr", "en"])
        #expect(try #require(site["en/feed.xml"]).contains(#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">"#))
        #expect(try #require(site["en/index.html"]).contains(#"href="https://blog.example.com/en/feed.xml""#))
    }

    @Test("the sitemap's alternates are symmetric: each URL lists the same versions as every URL it names")
    func sitemapAlternates() async throws {
        let site = try await Self.built()
        let sitemap = try #require(site["sitemap.xml"])
        #expect(sitemap.contains(#"xmlns:xhtml="http://www.w3.org/1999/xhtml""#))
        var alternates: [String: [String: String]] = [:]
        for block in sitemap.split(separator: "<url>").dropFirst() {
            let loc = String(try #require(block.firstMatch(of: /<loc>([^<]+)<\/loc>/)).1)
            alternates[loc] = Dictionary(block.matches(of: /<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/)
                .map { (String($0.1), String($0.2)) }, uniquingKeysWith: { first, _ in first })
        }
        let paired = alternates.filter { !$0.value.isEmpty }
        #expect(paired.count >= 12)
        for (loc, links) in paired {
            #expect(links.values.contains(loc), "\(loc) does not list itself")
            for (hreflang, url) in links where hreflang != "x-default" {
                #expect(alternates[url] == links, "\(url) does not list the same versions as \(loc)")
            }
        }
        #expect(alternates["\(Self.base)/2021/05/marche/"] == [:])
    }

    @Test("a comment thread file names its language version: comments/<slug>.en.yml is the English post's")
    func commentsPerVersion() async throws {
        let site = try await Self.built()
        #expect(try #require(site["en/2021/03/bienvenue/index.html"]).contains("Congratulations!"))
        let french = try #require(site["2021/03/bienvenue/index.html"])
        #expect(french.contains("Félicitations") && !french.contains("Congratulations!"))
    }

    @Test("a category named in English in categories.yml has its English name and slug there, and its pages are versions of each other")
    func translatedCategory() async throws {
        let site = try await Self.built()
        let workshop = try #require(site["en/categories/workshop/index.html"])
        #expect(workshop.contains("Welcome to the workshop") && workshop.contains("Our roasting"))
        #expect(Self.alternates(workshop)["fr"] == "\(Self.base)/categories/atelier/")
        #expect(Self.alternates(try #require(site["categories/atelier/index.html"]))["en"] == "\(Self.base)/en/categories/workshop/")
        #expect(try #require(site["en/2021/03/bienvenue/index.html"]).contains(#"<a class="p-category" href="/en/categories/workshop/">Workshop</a>"#))
        #expect(site["en/categories/atelier/index.html"] == nil)
    }

    @Test("an author's page shows the biography of its language; each language's 404 page answers under its prefix")
    func biographiesAndNotFoundRules() async throws {
        let site = try await Self.built()
        #expect(try #require(site["en/authors/amelie/index.html"]).contains("Writes about the workshop and its coffees."))
        #expect(try #require(site["authors/amelie/index.html"]).contains("Écrit sur l’atelier et ses cafés."))
        #expect(try #require(site["_redirects"]).contains("/en/*  /en/404.html  404"))
        #expect(try #require(site[".htaccess"]).contains("<If \"%{REQUEST_URI} =~ m#^/en/#\">\nErrorDocument 404 /en/404.html\n</If>"))
    }
}

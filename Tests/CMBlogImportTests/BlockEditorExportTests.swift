import CMBlogCore
import CMBlogImport
import CMBlogTestSupport
import Foundation
import Testing

/// An export of a WordPress 6 site written with the block editor: block markers with their
/// attributes, dynamic blocks, footnotes in post meta, a featured image, a sticky post, post
/// formats, a post in English on a French site (Polylang), media shortcodes and embedded
/// addresses, titles and names with entities as WordPress stores them. Imported and built:
/// what readers saw is on the built pages, nothing runs a script or frames another site.
@Suite struct BlockEditorExportTests {
    static let fixture = "wordpress-blocks.xml"
    static let mediaText = "2024/02/media-text/index.html"
    static let pictures = "2024/03/our-bakery-in-pictures/index.html"

    @Test func titlesAndNamesAreDecodedOnceAndShownAsText() async throws {
        let site = try await ImportedSiteBuild.make([(.wordpress, Self.fixture)])
        let file = try ImportFixtures.text("content/posts/2024-02-01-media-text.html", in: site.source)
        #expect(file.contains("title: \"Media & Text : l’atelier au matin\"\n") || file.contains("title: 'Media & Text : l’atelier au matin'\n"), "\(file)")
        let sticky = try ImportFixtures.text("content/posts/2024-01-10-ouverture-du-dimanche.html", in: site.source)
        #expect(sticky.contains("Ouverture du dimanche & horaires d’hiver"), "markup dropped from the title")
        let page = try #require(site.built(Self.mediaText))
        #expect(page.contains("Media &amp; Text"))
        #expect(!page.contains("&amp;amp;") && !page.contains("&amp;#") && !page.contains("&amp;laquo;"))
        #expect(page.contains("Ping 1 « Le blog d’à côté") || page.contains("Ping 1 « Le blog d&#39;à côté"), "a ping author's name decoded once")
        #expect(site.built("index.html")?.contains("&lt;em&gt;") == false)
        #expect(site.built("categories/pains-viennoiseries/index.html")?.contains("Pains &amp; viennoiseries") == true)
        #expect(try ImportFixtures.text("authors/lea.yml", in: site.source).contains("Léa & l'atelier"))
        #expect(try ImportFixtures.text("cmblog.yml", in: site.source).contains("Maison d'Exemple"))
    }

    @Test func featuredImagePinnedPostFormatAndLanguageReachThePages() async throws {
        let site = try await ImportedSiteBuild.make([(.wordpress, Self.fixture)])
        let file = try ImportFixtures.text("content/posts/2024-02-01-media-text.html", in: site.source)
        #expect(file.contains("image: \"/wp-content/uploads/2024/01/atelier-matin.jpg\"\nimage_alt: "))
        let page = try #require(site.built(Self.mediaText))
        #expect(page.contains("<img class=\"u-photo\" src=\"/wp-content/uploads/2024/01/atelier-matin.jpg\" alt=\"L&#39;établi sous la lampe, farine et balance\">"))
        #expect(site.plan.report.media.contains("https://blocs.example.org/wp-content/uploads/2024/01/atelier-matin.jpg"))

        let home = try #require(site.built("index.html"))
        let order = ["ouverture-du-dimanche", "our-bakery-in-pictures", "media-text"].map { home.range(of: "/\($0)/")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order[0]! < order[1]! && order[1]! < order[2]!, "the sticky post, older, opens the home page")
        #expect(home.contains("format-quote pinned"))
        #expect(site.built("feed.xml").map { $0.range(of: "our-bakery")!.lowerBound < $0.range(of: "ouverture-du-dimanche")!.lowerBound } == true, "feeds keep the order of dates")
        #expect(site.built("2024/01/ouverture-du-dimanche/index.html")?.contains("<article class=\"h-entry post wrap format-quote\">") == true)

        let english = try ImportFixtures.text("content/posts/2024-03-04-our-bakery-in-pictures.html", in: site.source)
        #expect(english.contains("format: gallery\n") && english.contains("lang: en\n"))
        #expect(site.built(Self.pictures)?.contains("<html lang=\"en\"") == true)
    }

    @Test func blockMarkupLeavesCleanHTMLAndFootnotesResolve() async throws {
        let site = try await ImportedSiteBuild.make([(.wordpress, Self.fixture)])
        let page = try #require(site.built(Self.mediaText))
        #expect(!page.contains("wp:") && !page.contains("<p></p>") && !page.contains("<p>\n</p>") && !page.contains("<p><br>"))
        #expect(page.contains("<div class=\"wp-block-columns\">") && page.contains("<h3 class=\"wp-block-heading\">Le soir</h3>"))
        #expect(site.plan.report.dynamicBlocks == ["archives": 1, "latest-posts": 1, "navigation": 1, "search": 1])
        for id in ["5f2c1d0e-8a44-4b6e-9d3a-6c1b2f7e9a10", "a7d9e3b2-1c5f-4e08-b6a4-3f9c2d8e7b01"] {
            #expect(page.contains("href=\"#\(id)\"") && page.contains("<li id=\"\(id)\">"), "the reference leads to its note")
            #expect(page.contains("href=\"#\(id)-link\"") && page.contains("id=\"\(id)-link\""), "the note leads back")
        }
        #expect(page.contains("Au moins <em>douze heures</em> au frais."))
        #expect(page.range(of: "wp-block-footnotes")!.lowerBound > page.range(of: "wp-block-buttons")!.lowerBound)
    }

    @Test func mediaShortcodesAndEmbedsBecomePlainHTML() async throws {
        let site = try await ImportedSiteBuild.make([(.wordpress, Self.fixture)])
        let page = try #require(site.built(Self.pictures))
        #expect(page.contains("<p>A few pictures of the bakery:</p>\n<ul>"), "a line of text over a list is a paragraph, as on WordPress")
        #expect(page.contains("<figure class=\"wp-block-gallery gallery\">"))
        #expect(page.contains("<img src=\"/wp-content/uploads/2024/01/croissants.jpg\" alt=\"Une plaque de croissants dorés\" loading=\"lazy\"><figcaption>Croissants &amp; pains au chocolat</figcaption>"))
        #expect(page.contains("src=\"/wp-content/uploads/2024/01/four.jpg\" alt=\"La porte du four ouverte\""))
        #expect(page.contains("<audio controls preload=\"none\" src=\"/wp-content/uploads/2024/03/four.mp3\">"))
        #expect(page.contains("<video controls preload=\"none\" src=\"/wp-content/uploads/2024/03/petrin.mp4\" poster=\"/wp-content/uploads/2024/01/four.jpg\">"))
        for address in ["https://vimeo.com/76979871", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=42", "https://mastodon.social/@maisonexemple/111987654321098765",
                        "https://bsky.app/profile/maison.example.org/post/3kabcdefghi2x", "https://x.com/maisonexemple/status/1765432109876543210"] {
            #expect(page.contains("<p class=\"embed\"><a href=\"\(address)\">"), "\(address)")
        }
        let report = site.plan.report
        #expect(report.converted == ["[gallery]": 1, "[audio]": 1, "[video]": 1, "[embed]": 1, "addresses alone on a line (embeds)": 4, "footnote lists": 1])
        #expect(report.shortcodes == ["contact-form-7": 1])
        #expect(report.warnings.contains { $0.message.contains("104") }, "the missing gallery image is reported")
        let built = site.everythingBuilt.lowercased()
        #expect(!built.contains("<iframe") && !built.contains("alert(1)"))
        for file in [Self.mediaText, Self.pictures] {
            let scripts = site.built(file)!.components(separatedBy: "<script").dropFirst()
            #expect(scripts.allSatisfy { $0.hasPrefix(" type=\"application/ld+json\">") }, "only the theme's JSON-LD data on \(file)")
        }
    }
}

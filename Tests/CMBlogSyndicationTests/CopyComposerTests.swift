import CMBlogCore
import CMBlogSyndication
import Foundation
import Testing

@Suite("Social copies and their lengths")
struct CopyComposerTests {
    let composer = CopyComposer(template: "{title}\n\n{summary}\n\n{url}\n\n{hashtags}")

    func post(title: String = "Un titre", summary: String = "Un résumé court.", tags: [String] = ["lyon", "café de spécialité"]) -> SyndicationPost {
        SyndicationPost(sourcePath: "content/posts/a.md", slug: "a", title: title, summary: summary,
                        url: "https://carnet.example.com/2026/04/un-titre-assez-long-pour-compter/", tags: tags, language: "fr", date: nil)
    }

    @Test("counts as each network does: URLs as 23 on Mastodon and X, weights on X, graphemes and bytes on Bluesky")
    func lengths() {
        let url = "https://example.com/a/very/long/path/that/is/longer/than/twenty-three"
        #expect(TextLength(of: "Hi \(url)", on: .mastodon).count == 3 + 23)
        #expect(TextLength(of: "Hi \(url)", on: .x).count == 3 + 23)
        #expect(TextLength(of: "Hi \(url)", on: .bluesky).count == 3 + url.count)
        #expect(TextLength(of: "café", on: .x).count == 4)
        #expect(TextLength(of: "日本語", on: .x).count == 6)
        #expect(TextLength(of: "👍🏽 ok", on: .x).count == 5)
        #expect(TextLength(of: "👨‍👩‍👧", on: .mastodon).count == 1)
        #expect(TextLength(of: "é", on: .bluesky).bytes == 2)
        #expect(TextLength(of: "“quotes” — dash", on: .x).count == 15)
    }

    @Test("a short post is written in full, with hashtags from its tags")
    func fullCopy() {
        let copy = composer.compose(post(), for: .mastodon, limit: 500)
        #expect(copy.text == "Un titre\n\nUn résumé court.\n\nhttps://carnet.example.com/2026/04/un-titre-assez-long-pour-compter/\n\n#lyon #CaféDeSpécialité")
        #expect(copy.fits)
        #expect(copy.hashtags == ["#lyon", "#CaféDeSpécialité"])
    }

    @Test("a long summary is cut at a word with an ellipsis; the URL and hashtags stay whole", arguments: [SocialNetwork.x, .bluesky, .mastodon])
    func shortensSummary(network: SocialNetwork) {
        let words = (1...200).map { "mot\($0)" }.joined(separator: " ")
        let limit = SyndicationSettings.Account.defaultLimit(network)
        let copy = composer.compose(post(summary: "Début, " + words), for: network, limit: limit)
        #expect(copy.fits)
        #expect(copy.length.count > limit - 10, "should use the room it has: \(copy.length.count)/\(limit)")
        let summary = copy.text.components(separatedBy: "\n\n")[1]
        #expect(summary.hasSuffix("…"))
        #expect(summary.dropLast().split(separator: " ").last.map { $0.hasPrefix("mot") && Int($0.dropFirst(3)) != nil } == true)
        #expect(copy.text.contains("\n\nhttps://carnet.example.com/2026/04/un-titre-assez-long-pour-compter/\n\n#lyon #CaféDeSpécialité"))
    }

    @Test("when the summary is gone, hashtags are dropped whole from the last, then the title is shortened")
    func dropsHashtagsThenTitle() {
        let tags = (1...30).map { "étiquette\($0)" }
        let copy = composer.compose(post(summary: "Résumé.", tags: tags), for: .x, limit: 280)
        #expect(copy.fits)
        #expect(!copy.text.contains("Résumé"))
        #expect(copy.hashtags.count < 30 && !copy.hashtags.isEmpty)
        #expect(copy.text.hasSuffix(copy.hashtags.joined(separator: " ")))
        let title = (1...120).map { "long\($0)" }.joined(separator: " ")
        let short = composer.compose(post(title: title, summary: "", tags: []), for: .x, limit: 280)
        #expect(short.fits)
        #expect(short.text.hasSuffix("…\n\nhttps://carnet.example.com/2026/04/un-titre-assez-long-pour-compter/"))
    }

    @Test("a copy that cannot fit says so rather than cutting the URL")
    func cannotFit() {
        let copy = composer.compose(post(), for: .bluesky, limit: 20)
        #expect(!copy.fits)
        #expect(copy.text == "https://carnet.example.com/2026/04/un-titre-assez-long-pour-compter/")
    }

    @Test("empty parts of the template leave no blank lines, and unknown placeholders stay")
    func template() {
        let composer = CopyComposer(template: "Nouvel article : {title}\n\n{summary}\n\n{url} {other}")
        let copy = composer.compose(post(summary: ""), for: .linkedin, limit: 3000)
        #expect(copy.text == "Nouvel article : Un titre\n\nhttps://carnet.example.com/2026/04/un-titre-assez-long-pour-compter/ {other}")
    }
}

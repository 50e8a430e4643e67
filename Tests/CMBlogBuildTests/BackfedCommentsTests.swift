import CMBlogBuild
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

/// Replies brought from the networks by `cmblog backfeed`, as the built site shows them: only
/// approved ones, with "via …" and initials, never a remote avatar; and the counts.
@Suite("Backfed comments on the site")
struct BackfedCommentsTests {
    static let thread = """
        -- comments/first.yml --
        comments:
          - id: "1"
            author: Paul
            date: 2020-01-02T10:00:00Z
            body: An old comment without status.
          - id: mastodon-social_example-101
            author: Alice Martin
            url: https://social.example/@alice
            avatar: https://files.social.example/a.png
            date: 2020-01-03T10:00:00Z
            status: approved
            source: mastodon
            source_url: https://social.example/@alice/101
            body: "<p>From Mastodon</p>"
          - id: bluesky-did_plc_dana-3kdana
            parent: mastodon-social_example-101
            author: Dana
            avatar: /images/dana.png
            date: 2020-01-04T10:00:00Z
            status: approved
            source: bluesky
            source_url: https://bsky.app/profile/did:plc:dana/post/3kdana
            body: "<p>From Bluesky</p>"
          - id: bluesky-did_plc_mallory-3kmal
            author: Mallory
            avatar: '\\evil.example/pixel.png'
            date: 2020-01-04T11:00:00Z
            status: approved
            source: bluesky
            source_url: https://bsky.app/profile/did:plc:mallory/post/3kmal
            body: "<p>Tracking you</p>"
          - id: bluesky-did_plc_eve-3keve
            author: Eve
            date: 2020-01-05T10:00:00Z
            status: pending
            source: bluesky
            source_url: https://bsky.app/profile/did:plc:eve/post/3keve
            body: "<p>Waiting for review</p>"
          - id: mastodon-social_example-102
            author: Gone
            date: 2020-01-06T10:00:00Z
            status: removed-at-source
            source: mastodon
            source_url: https://social.example/@gone/102
            body: "<p>Deleted on Mastodon</p>"
          - id: wm-9002
            author: Where to taste
            url: https://gil.example/lyon
            date: 2020-01-07T10:00:00Z
            type: webmention
            status: approved
            source: webmention
            source_url: https://gil.example/lyon
            body: "<p>A mention</p>"
        backfeed:
          written: [mastodon-social_example-101, bluesky-did_plc_dana-3kdana, bluesky-did_plc_eve-3keve, mastodon-social_example-102, wm-9002]
          reactions:
            mastodon: {reposts: 12, likes: 40}
            bluesky: {reposts: 0, likes: 1}
        """

    @Test("approved replies show with via links and initials; pending and removed ones show nowhere; the counts show")
    func display() async throws {
        let site = try writeSite(Self.thread)
        let output = try temporaryFolder().appending(path: "public")
        try await build(site, into: output)
        let page = try String(contentsOf: output.appending(path: "2020/01/first/index.html"), encoding: .utf8)
        #expect(page.contains("4 comments"))
        #expect(page.contains(#"<a class="comment-source u-syndication" href="https://social.example/@alice/101" rel="nofollow ugc">via Mastodon</a>"#))
        #expect(page.contains(#"href="https://bsky.app/profile/did:plc:dana/post/3kdana" rel="nofollow ugc">via Bluesky</a>"#))
        #expect(page.contains(#"<span class="comment-avatar comment-initials" aria-hidden="true">AM</span>"#))
        #expect(page.contains(#"<img class="comment-avatar u-photo" src="/images/dana.png""#))
        #expect(!page.contains("files.social.example") && !page.contains("evil.example"), "a remote avatar is never linked")
        #expect(page.contains(#"<span class="comment-avatar comment-initials" aria-hidden="true">M</span>"#))
        #expect(page.contains("<li>12 reposts, 40 likes on Mastodon</li><li>1 like on Bluesky</li>"))
        #expect(page.contains("From Mastodon") && page.contains("From Bluesky") && page.contains("A mention"))
        #expect(!page.contains("Waiting for review") && !page.contains("Deleted on Mastodon"))
        // The old comment keeps its markup: no avatar, no via.
        let old = try #require(page.range(of: #"id="comment-1""#))
        let end = try #require(page.range(of: "</li>", range: old.upperBound..<page.endIndex))
        let oldItem = page[old.lowerBound..<end.lowerBound]
        #expect(!oldItem.contains("comment-avatar") && !oldItem.contains("comment-source"))
        let feed = try String(contentsOf: output.appending(path: "2020/01/first/comments.xml"), encoding: .utf8)
        #expect(feed.contains("From Mastodon") && !feed.contains("Waiting for review") && !feed.contains("Deleted on Mastodon"))
        #expect(page.contains(#""commentCount":4"#))
    }

    @Test("French pages say « via » and count in French")
    func french() async throws {
        let site = try writeSite(Self.thread)
        var settings = try String(contentsOf: site.appending(path: "cmblog.yml"), encoding: .utf8)
        settings += "language: fr\n"
        try Data(settings.utf8).write(to: site.appending(path: "cmblog.yml"))
        let output = try temporaryFolder().appending(path: "public")
        try await build(site, into: output)
        let page = try String(contentsOf: output.appending(path: "2020/01/first/index.html"), encoding: .utf8)
        #expect(page.contains("<li>12 partages, 40 j’aime sur Mastodon</li><li>1 j’aime sur Bluesky</li>"))
        #expect(page.contains(">via Mastodon</a>"))
    }
}

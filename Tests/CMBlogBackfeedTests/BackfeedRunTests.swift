@testable import CMBlogBackfeed
import CMBlogComments
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

/// `cmblog backfeed` against fake Mastodon, Bluesky and webmention.io servers: the thread file,
/// byte for byte, after each run.
@Suite("Backfeed runs")
struct BackfeedRunTests {
    /// A hand-written archive, with a comment, odd quoting and a note after the list.
    static let handWritten = """
        # Imported from WordPress; edited by hand.
        status: open
        comments:
          - id: "412"
            author: 'Paul Exemple'   # kept as written
            date: 2026-04-21T10:00:00+00:00
            body: "Un billet très clair."

        # Notes of the team stay where they are.

        """

    static func site(_ networks: FakeNetworks, moderation: String = "review", thread: String? = handWritten) throws -> URL {
        var fixture = InlineFixture("""
            -- cmblog.yml --
            title: Mini
            baseURL: https://mini.example.com/
            timezone: UTC
            syndication:
              mastodon:
                server: \(networks.mastodon.url)
            backfeed:
              moderation: \(moderation)
              bluesky:
                appview: \(networks.bluesky.url)
              webmention:
                endpoint: \(networks.webmention.url)
              blocklist: [spam.example]
            -- authors/ana.yml --
            name: Ana
            -- content/posts/2026-04-20-tasting.md --
            ---
            title: Tasting
            date: 2026-04-20
            author: ana
            syndication:
              - \(networks.mastodon.url)/@brand/100
              - https://bsky.app/profile/brand.example.com/post/3kroot
            ---
            Come and taste.
            -- content/posts/2026-01-02-quiet.md --
            ---
            title: Quiet
            date: 2026-01-02
            author: ana
            ---
            No copies.
            """)
        if let thread { fixture.set("comments/tasting.yml", bytes: Data(thread.utf8)) }
        return try fixture.write()
    }

    static func run(_ site: URL, _ slugs: [String] = ["tasting"], environment: [String: String] = [:]) async throws -> BackfeedOutcome {
        let outcomes = try await Backfeeder(source: site, environment: environment).run(slugs: slugs)
        return try #require(outcomes.first)
    }

    static func thread(_ site: URL) throws -> String {
        try String(contentsOf: site.appending(path: "comments/tasting.yml"), encoding: .utf8)
    }

    /// What the first run appends after the hand-written comment: sanitized bodies (no
    /// `<script>`, links `nofollow ugc`), threaded, dates in the site's zone, no e-mail.
    static let firstRunItems = """
          - id: "mastodon-127_0_0_1-101"
            author: Alice Martin
            url: https://social.example/@alice
            avatar: https://files.social.example/accounts/avatars/2/original/a.png
            date: 2026-04-21T10:30:00Z
            status: pending
            source: mastodon
            source_url: https://social.example/@x/101
            body: <p><a href="https://social.example/@brand" rel="nofollow ugc">@brand</a> See you there!</p>
          - id: "mastodon-127_0_0_1-102"
            parent: "mastodon-127_0_0_1-101"
            author: bob
            url: https://other.example/@bob
            avatar: https://files.other.example/accounts/avatars/3/original/a.png
            date: 2026-04-21T11:30:00Z
            status: pending
            source: mastodon
            source_url: https://social.example/@x/102
            body: <p>Me too </p>
          - id: "mastodon-127_0_0_1-103"
            parent: "mastodon-127_0_0_1-102"
            author: Alice Martin
            url: https://social.example/@alice
            avatar: https://files.social.example/accounts/avatars/2/original/a.png
            date: 2026-04-21T12:30:00Z
            status: pending
            source: mastodon
            source_url: https://social.example/@x/103
            body: <p>Great, <a href="https://alice.example/" rel="nofollow ugc">bring friends</a></p>
          - id: "bluesky-did_plc_dana-3kdana"
            author: Dana 🌿
            url: https://bsky.app/profile/dana.bsky.social
            avatar: https://cdn.bsky.app/img/avatar/plain/did:plc:dana/x@jpeg
            date: 2026-04-22T08:00:00Z
            status: pending
            source: bluesky
            source_url: https://bsky.app/profile/did:plc:dana/post/3kdana
            body: <p>Yum 🥐 see <a href="https://dana.example/menu" rel="nofollow ugc">dana.example</a></p>
          - id: "bluesky-did_plc_eve-3keve"
            parent: "bluesky-did_plc_dana-3kdana"
            author: eve.example.org
            url: https://bsky.app/profile/eve.example.org
            avatar: https://cdn.bsky.app/img/avatar/plain/did:plc:eve/x@jpeg
            date: 2026-04-22T09:00:00Z
            status: pending
            source: bluesky
            source_url: https://bsky.app/profile/did:plc:eve/post/3keve
            body: <p>Agreed.</p>
          - id: "bluesky-did_plc_dana-3kunder"
            author: Dana 🌿
            url: https://bsky.app/profile/dana.bsky.social
            avatar: https://cdn.bsky.app/img/avatar/plain/did:plc:dana/x@jpeg
            date: 2026-04-22T11:00:00Z
            status: pending
            source: bluesky
            source_url: https://bsky.app/profile/did:plc:dana/post/3kunder
            body: <p>Under a hidden one</p>
          - id: "wm-9001"
            author: Gil Blog
            url: https://gil.example/
            avatar: https://webmention.io/avatar/gil.example/abc.png
            date: 2026-04-23T05:00:00Z
            status: pending
            source: webmention
            source_url: https://gil.example/replies/1
            body: <p>A reply from my own site.</p>
          - id: "wm-9002"
            author: Where to taste in Lyon
            url: https://gil.example/lyon
            avatar: https://webmention.io/avatar/gil.example/abc.png
            date: 2026-04-23T05:00:00Z
            type: webmention
            status: pending
            source: webmention
            source_url: https://gil.example/lyon
            body: <p>…see Maison Exemple…</p>

        """

    static let writtenIDs = [
        "mastodon-127_0_0_1-101", "mastodon-127_0_0_1-102", "mastodon-127_0_0_1-103", "bluesky-did_plc_dana-3kdana",
        "bluesky-did_plc_eve-3keve", "bluesky-did_plc_dana-3kunder", "wm-9001", "wm-9002",
    ]

    static func block(written: [String] = writtenIDs, rejected: [String] = [], reactions: String = """
            mastodon: {reposts: 12, likes: 40}
            bluesky: {reposts: 3, likes: 9}
            webmention: {reposts: 1, likes: 2}
        """) -> String {
        var text = "backfeed:\n  # Kept by `cmblog backfeed`. `written`: the ids it brought here. An id deleted from `comments` joins `rejected` and is never brought back; add an id to `rejected` to refuse it in advance.\n"
        text += "  written:\n" + written.map { "    - \($0)\n" }.joined()
        if !rejected.isEmpty { text += "  rejected:\n" + rejected.map { "    - \($0)\n" }.joined() }
        return text + "  reactions:\n" + reactions.split(separator: "\n").map { "\($0)\n" }.joined()
    }

    @Test("a first run appends the public replies, pending, after the hand-written ones; a second changes nothing")
    func firstAndSecondRun() async throws {
        let networks = try FakeNetworks()
        let site = try Self.site(networks)
        let first = try await Self.run(site)
        #expect(first.failures.isEmpty)
        // The hand-written part stays byte for byte: the items go after the last comment, the block at the end.
        let expected = Self.handWritten.replacingOccurrences(
            of: "    body: \"Un billet très clair.\"\n", with: "    body: \"Un billet très clair.\"\n" + Self.firstRunItems)
            + Self.block()
        #expect(try Self.thread(site) == expected)
        #expect(first.skipped.count == 7)
        #expect(first.skipped.contains { $0.contains("104") && $0.contains("asks not to be indexed") })
        #expect(first.skipped.contains { $0.contains("105") && $0.contains("not public (unlisted)") })
        #expect(first.skipped.contains { $0.contains("106") && $0.contains("blocklist") })
        #expect(first.skipped.contains { $0.contains("3khidden") && $0.contains("logged-in") })

        let second = try await Self.run(site)
        #expect(second.added.isEmpty && second.changed == false && second.failures.isEmpty)
        #expect(try Self.thread(site) == expected)
        #expect(!(try Self.thread(site)).contains("email:"))
    }

    @Test("a reply the moderator deleted is never brought back; a reply deleted on its network is marked")
    func moderationAndDeletion() async throws {
        let networks = try FakeNetworks()
        let site = try Self.site(networks)
        _ = try await Self.run(site)
        let written = try Self.thread(site)
        // The moderator deletes the Bluesky reply by eve (its eight lines) in the pull request.
        let eve = written.range(of: "  - id: \"bluesky-did_plc_eve-3keve\"\n")!
        let next = written.range(of: "  - id: \"bluesky-did_plc_dana-3kunder\"")!
        let moderated = written.replacingCharacters(in: eve.lowerBound..<next.lowerBound, with: "")
        try Data(moderated.utf8).write(to: site.appending(path: "comments/tasting.yml"))

        let third = try await Self.run(site)
        #expect(third.added.isEmpty)
        #expect(third.rejected == ["bluesky-did_plc_eve-3keve"])
        let afterThird = try Self.thread(site)
        #expect(afterThird == moderated.replacingOccurrences(of: Self.block(), with: Self.block(rejected: ["bluesky-did_plc_eve-3keve"])))

        // Alice deletes her Mastodon reply 103: it is marked, not removed, and stops showing.
        networks.delete("103")
        let fourth = try await Self.run(site)
        #expect(fourth.removed == ["mastodon-127_0_0_1-103"])
        let afterFourth = try Self.thread(site)
        let marked = afterThird.replacingOccurrences(
            of: "    date: 2026-04-21T12:30:00Z\n    status: pending\n", with: "    date: 2026-04-21T12:30:00Z\n    status: removed-at-source\n")
        #expect(afterFourth == marked)
        let thread = try #require(CommentThreadParser(timeZone: .gmt).parse(afterFourth, path: "comments/tasting.yml").0)
        #expect(thread.comments.first { $0.id == "mastodon-127_0_0_1-103" }?.status == .removedAtSource)

        let fifth = try await Self.run(site)
        #expect(fifth.changed == false)
        #expect(try Self.thread(site) == marked)
    }

    @Test("a 429 and a broken answer are reported with the post; what the other networks gave is written")
    func failures() async throws {
        let networks = try FakeNetworks()
        let site = try Self.site(networks)
        _ = try await Self.run(site)
        let before = try Self.thread(site)
        networks.fail("getPostThread", with: .init(status: 429, body: #"{"error":"RateLimitExceeded","message":"Rate Limit Exceeded"}"#, headers: ["Retry-After": "120"]))
        networks.fail("mentions.jf2", with: .init(status: 200, body: #"{"type":"feed","children":[{"type":"entry","#))
        networks.delete("101")
        let outcome = try await Self.run(site)
        #expect(outcome.failures.count == 2)
        #expect(outcome.failures.contains { $0.contains("HTTP 429") && $0.contains("try again after 120 s") })
        #expect(outcome.failures.contains { $0.contains("webmentions of https://mini.example.com/2026/04/tasting/") && $0.contains("not a JSON object") })
        // Mastodon was read in full: its deleted reply is marked; Bluesky and webmention items and counts are kept.
        #expect(outcome.removed == ["mastodon-127_0_0_1-101"])
        let after = try Self.thread(site)
        #expect(after == before.replacingOccurrences(
            of: "    date: 2026-04-21T10:30:00Z\n    status: pending\n", with: "    date: 2026-04-21T10:30:00Z\n    status: removed-at-source\n"))
    }

    @Test("a second request to a server that answered 429 is not sent in the same run")
    func rateLimitStopsAsking() async throws {
        let networks = try FakeNetworks()
        networks.fail("/api/v1/statuses/100", with: .init(status: 429, body: "{}", headers: ["Retry-After": "30"]))
        let site = try Self.site(networks)
        let outcome = try await Self.run(site)
        #expect(outcome.failures.count == 1)
        #expect(outcome.failures.first?.contains("limited the rate of requests (HTTP 429); try again after 30 s") == true)
        let mastodonRequests = networks.requests.filter { $0.path.hasPrefix("/api/v1/") }
        #expect(mastodonRequests.count == 1)
        // Everything else still came in.
        #expect(outcome.added.map(\.id).contains("bluesky-did_plc_dana-3kdana"))
        #expect(!outcome.added.contains { $0.source == .mastodon })
    }

    @Test("moderation: none writes the replies approved; a thread file is created when there is none")
    func noModeration() async throws {
        let networks = try FakeNetworks()
        let site = try Self.site(networks, moderation: "none", thread: nil)
        let outcome = try await Self.run(site)
        #expect(outcome.added.count == 8 && outcome.added.allSatisfy { $0.status == .approved })
        let text = try Self.thread(site)
        #expect(text.hasPrefix("# Replies brought home by `cmblog backfeed`"))
        #expect(!text.contains("    status:"), "approved on arrival: written without `status:`")
        let thread = try #require(CommentThreadParser(timeZone: .gmt).parse(text, path: "comments/tasting.yml").0)
        #expect(thread.comments.count == 8)
        #expect(thread.backfeed.reactions.map(\.likes) == [40, 9, 2])
    }

    @Test("the Mastodon token is sent only to the server of the settings; --dry-run writes nothing")
    func tokenAndDryRun() async throws {
        let networks = try FakeNetworks()
        let site = try Self.site(networks)
        let outcomes = try await Backfeeder(source: site, environment: ["MASTODON_TOKEN": "secret"]).run(dryRun: true)
        #expect(outcomes.count == 2)
        #expect(outcomes.first { $0.threadPath == "comments/tasting.yml" }?.added.count == 8)
        #expect(try Self.thread(site) == Self.handWritten)
        #expect(!FileManager.default.fileExists(atPath: site.appending(path: "comments/quiet.yml").path))
        let mastodon = networks.requests.filter { $0.path.hasPrefix("/api/v1/") }
        #expect(!mastodon.isEmpty && mastodon.allSatisfy { $0.headers["authorization"] == "Bearer secret" })
        #expect(networks.requests.filter { $0.path.hasPrefix("/xrpc/") }.allSatisfy { $0.headers["authorization"] == nil })
    }

    @Test("an unknown post is an error naming it")
    func unknownPost() async throws {
        let networks = try FakeNetworks()
        let site = try Self.site(networks)
        await #expect(throws: DiagnosticError.self) { _ = try await Backfeeder(source: site, environment: [:]).run(slugs: ["nope"]) }
    }

    @Test("a Bluesky thread whose replies are not a list fails the network, and marks no reply deleted")
    func malformedReplies() async throws {
        let networks = try FakeNetworks()
        let site = try Self.site(networks)
        _ = try await Self.run(site)
        let before = try Self.thread(site)
        let root = FakeNetworks.postView("did:plc:brand", "3kroot", author: FakeNetworks.profile("did:plc:brand", "brand.example.com", "Maison Exemple"),
                                         text: "Tasting on Saturday", date: "2026-04-20T08:00:00.000Z")
        let thread = #"{"thread":{"$type":"app.bsky.feed.defs#threadViewPost","post":"# + root + #","replies":{"oops":true}}}"#
        networks.fail("getPostThread", with: .init(status: 200, body: thread))
        let outcome = try await Self.run(site)
        #expect(outcome.failures.contains { $0.contains("`replies` is not a list") })
        #expect(outcome.removed.isEmpty)
        #expect(try Self.thread(site) == before)
    }

    @Test("a token goes to the settings' server only: same scheme, host and port")
    func tokenOrigin() throws {
        let origin = { (text: String) in Backfeeder.origin(URL(string: text)!) }
        #expect(origin("https://Social.Example/@brand/1") == origin("https://social.example:443/"))
        #expect(origin("https://social.example/") != origin("http://social.example/"))
        #expect(origin("http://127.0.0.1:8701/") != origin("http://127.0.0.1:8702/"))
    }

    @Test("a reply dated in year 0 or 9999 is left out, not written into a thread file it would break")
    func implausibleDates() {
        let factory = ItemFactory(moderation: .pending, timeZone: .gmt)
        #expect(factory.date("0000-01-01T00:00:00.000Z") == nil)
        #expect(factory.date("9999-12-31T23:59:59Z") == nil)
        #expect(factory.date("2026-04-22T08:00:00.000Z") != nil)
    }

    @Test("a reply missing from a Mastodon thread at its length limit is not taken as deleted")
    func threadCutShort() async throws {
        let networks = try FakeNetworks()
        let site = try Self.site(networks)
        let alice = FakeNetworks.account(id: "2", username: "alice", acct: "alice", name: "Alice Martin")
        func context(_ ids: ClosedRange<Int>) -> String {
            let statuses = ids.map { FakeNetworks.mastodonStatus(id: "\($0)", replyTo: "100", account: alice, content: "<p>Reply \($0)</p>") }
            return #"{"ancestors":[],"descendants":["# + statuses.joined(separator: ",") + "]}"
        }
        networks.fail("/context", with: .init(status: 200, body: context(1000...1059)))
        _ = try await Self.run(site)
        // Five newer replies push the first five past the 60 Mastodon lists without a token.
        networks.fail("/context", with: .init(status: 200, body: context(1005...1064)))
        let second = try await Self.run(site)
        #expect(second.removed.isEmpty)
        #expect(second.added.count == 5)
        #expect(!(try Self.thread(site)).contains("removed-at-source"))
    }
}
